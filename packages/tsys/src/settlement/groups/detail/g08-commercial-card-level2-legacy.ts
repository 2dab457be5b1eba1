// EIS 1081 Table 3.6 ODG8 — Non-T&E Commercial Card Level II (superseded by group 22).
import { an, int } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup8 = group(
  8,
  'commercialCardLevel2Legacy',
  'Non-T&E Commercial Card Level II (superseded by group 22)',
  'T3.6 ODG8',
  [
    an('optionalAmountIdentifier', 1, 'Optional Amount Identifier', '4.210'),
    int('optionalAmount', 12, 'Optional Amount', '4.209'),
    an('purchaseOrderNumber', 16, 'Purchase Order Number', '4.226'),
  ],
);

export interface DetailCommercialCardLevel2Legacy {
  optionalAmountIdentifier?: string;
  optionalAmount?: number;
  purchaseOrderNumber?: string;
}
