// EIS 1081 Table 3.6 ODG20 — Merchant Verification Value.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup20 = group(
  20,
  'merchantVerificationValue',
  'Merchant Verification Value',
  'T3.6 ODG20',
  [an('merchantVerificationValue', 10, 'Merchant Verification Value', '4.190')],
);

export interface DetailMerchantVerificationValue {
  merchantVerificationValue?: string;
}
