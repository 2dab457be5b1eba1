// EIS 1081 Table 3.6 ODG22 — U.S. Non-T&E Commercial Card Level II.
import { an, int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup22 = group(
  22,
  'commercialCardLevel2',
  'U.S. Non-T&E Commercial Card Level II',
  'T3.6 ODG22',
  [
    an('optionalAmountIdentifier', 1, 'Optional Amount Identifier', '4.210'),
    int('optionalAmount', 12, 'Optional Amount', '4.209'),
    an('purchaseOrderNumber', 17, 'Purchase Order No. / Customer Ref. ID', '4.226'),
  ],
);

export interface DetailCommercialCardLevel2 {
  optionalAmountIdentifier?: string;
  optionalAmount?: number;
  purchaseOrderNumber?: string;
}
