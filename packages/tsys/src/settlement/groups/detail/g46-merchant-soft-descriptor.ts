// EIS 1081 Table 3.6 ODG46 — Merchant Soft Descriptor.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup46 = group(46, 'merchantSoftDescriptor', 'Merchant Soft Descriptor', 'T3.6 ODG46', [
  an('merchantSoftDescriptor', 25, 'Merchant Soft Descriptor', '4.188'),
]);

export interface DetailMerchantSoftDescriptor {
  merchantSoftDescriptor?: string;
}
