// EIS 1081 Table 3.6 ODG39 — Amex CAPN Corporate Purchasing Solution Extension.
import { an, int, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup39 = group(
  39,
  'amexCorporatePurchasingExtension',
  'Amex CAPN Corporate Purchasing Solution Extension',
  'T3.6 ODG39',
  [
    an('requesterName', 38, 'Requester Name', '4.239'),
    int('totalTaxAmount', 12, 'Total Tax Amount', '4.299'),
    num('taxTypeCode', 3, 'Tax Type Code', '4.282', { default: '000' }),
  ],
);

export interface DetailAmexCorporatePurchasingExtension {
  requesterName?: string;
  totalTaxAmount?: number;
  taxTypeCode?: string;
}
