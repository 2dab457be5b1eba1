// EIS 1081 Table 3.6 ODG25 — Commercial Card / Level II (Non-T&E and Fleet Non-fuel).
import { an, int, num } from '../../fields.js';
import { group } from '../group-def.js';
import { purchaseIdentifierFormatCodes } from './shared.js';

export const detailGroup25 = group(
  25,
  'commercialCard',
  'Commercial Card / Level II (Non-T&E and Fleet Non-fuel)',
  'T3.6 ODG25',
  [
    int('totalAuthorizedAmount', 12, 'Total Authorized Amount', '4.296'),
    an('purchaseIdentifierFormatCode', 1, 'Purchase Identifier Format Code', '4.225', {
      values: purchaseIdentifierFormatCodes,
    }),
    an('purchaseIdentifier', 25, 'Purchase Identifier', '4.224'),
    num('localTaxIncludedFlag', 1, 'Local Tax Included Flag', '4.171', { default: '0' }),
    int('localTax', 12, 'Local Tax', '4.170'),
    num('nationalTaxIncludedFlag', 1, 'National Tax Included Flag', '4.201', { default: '0' }),
    int('nationalTaxAmount', 12, 'National Tax Amount', '4.200'),
    an('purchaseOrderNumber', 17, 'Purchase Order No. / Cust. Ref. ID', '4.226'),
  ],
);

export interface DetailCommercialCard {
  totalAuthorizedAmount?: number;
  purchaseIdentifierFormatCode?: string;
  purchaseIdentifier?: string;
  localTaxIncludedFlag?: string;
  localTax?: number;
  nationalTaxIncludedFlag?: string;
  nationalTaxAmount?: number;
  purchaseOrderNumber?: string;
}
