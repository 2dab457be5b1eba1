// EIS 1081 Table 3.6 ODG12 — Direct Marketing - Installment or Recurring Payments.
import { motoEcommerceIndicators } from '../../codes/moto-ecommerce-indicator.js';
import { an, num } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup12 = group(
  12,
  'directMarketingInstallment',
  'Direct Marketing - Installment or Recurring Payments',
  'T3.6 ODG12',
  [
    num('multipleClearingSequenceNumber', 2, 'Multiple Clearing Sequence Number', '4.199.2', {
      default: '00',
    }),
    num('multipleClearingSequenceCount', 2, 'Multiple Clearing Sequence Count', '4.198.2', { default: '00' }),
    an('motoEcommerceIndicator', 1, 'MOTO/e-Commerce Indicator', '4.196', {
      values: motoEcommerceIndicators,
    }),
  ],
);

export interface DetailDirectMarketingInstallment {
  multipleClearingSequenceNumber?: string;
  multipleClearingSequenceCount?: string;
  motoEcommerceIndicator?: string;
}
