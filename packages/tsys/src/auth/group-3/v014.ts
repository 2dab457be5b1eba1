// G3v014 MOTO/e-Commerce — EIS 1080 v17.6 §5.2.11, Tables 5.25/5.26 (L4596-4612); values §6.136 T6.53.

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.53 MOTO/e-Commerce indicator (not with transaction code 58). */
export const motoEcommerceIndicators: Readonly<Record<string, string>> = {
  ' ': 'Not a mail/telephone order transaction',
  '1': 'One-time mail/telephone order',
  '2': 'Recurring mail/telephone order',
  '3': 'Installment payment of a mail/telephone order',
  '4': 'Unknown classification / other mail order',
  '5': 'Secure electronic commerce (fully authenticated 3-D Secure)',
  '6': 'Non-authenticated security transaction at a 3-D Secure capable merchant (attempted)',
  '7': 'Non-authenticated security transaction',
  '8': 'Non-secure transaction',
  A: 'In-app authentication (Discover, Mastercard, Amex)',
  R: 'First recurring SecureCode phone order (Mastercard only)',
  T: 'Single non-recurring SecureCode phone order (Mastercard only)',
};

/** Table 5.25. */
export const v014Request: readonly FieldSpec[] = [
  fixed('motoEcommerceIndicator', 'MOTO/e-Commerce Indicator', 1, 'alphanumeric', '6.136', {
    values: motoEcommerceIndicators,
  }),
];

/** Table 5.26: the version number alone. */
export const v014Response: readonly FieldSpec[] = [];

export const v014: GroupIIIVersionSpec = {
  version: '014',
  title: 'MOTO/e-Commerce',
  reference: 'EIS 1080 v17.6 §5.2.11, Tables 5.25-5.26, L4596-4612; §6.136',
  status: 'active',
  request: [{ table: 'Table 5.25', fields: v014Request }],
  response: [{ table: 'Table 5.26', fields: v014Response }],
  note: 'Indicator values follow T6.53 of v17.6 (space, 1-8, A, R, T); older notes list 0 and 9, which v17.6 does not define.',
};
