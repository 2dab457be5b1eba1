// EIS 1081 Table 3.6 ODG45 — Transaction Security Indicator.
import { an } from '../../fields.js';
import { group } from '../group-def.js';

export const detailGroup45 = group(
  45,
  'transactionSecurity',
  'Transaction Security Indicator',
  'T3.6 ODG45',
  [
    an('transactionSecurityIndicator', 1, 'Transaction Security Indicator', '4.303', {
      values: { E: 'account number is encrypted', T: 'account number is a token' },
    }),
  ],
);

export interface DetailTransactionSecurity {
  transactionSecurityIndicator?: string;
}
