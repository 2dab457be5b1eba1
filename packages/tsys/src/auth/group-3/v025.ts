// G3v025 Transaction fee amount — EIS 1080 v17.6 §5.2.21, Tables 5.46/5.47 (L4977-4989); format §6.203.

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.203: first character of the fee. */
export const transactionFeeSigns: Readonly<Record<string, string>> = {
  D: 'Debit: taken from the cardholder account',
  C: 'Credit: put back to the cardholder account',
};

/** Table 5.46: `annnnnnnn` (D or C + 8 digits, implied decimal) or empty. */
export const v025Request: readonly FieldSpec[] = [
  fsZeroOr('transactionFeeAmount', 'Transaction Fee Amount', 9, 'alphanumeric', '6.203', {
    check: (text) => (/^[CD]\d{8}$/.test(text) ? undefined : 'must be D or C followed by 8 digits'),
  }),
];

/** Table 5.47: the version number alone. */
export const v025Response: readonly FieldSpec[] = [];

export const v025: GroupIIIVersionSpec = {
  version: '025',
  title: 'Transaction fee amount',
  reference: 'EIS 1080 v17.6 §5.2.21, Tables 5.46-5.47, L4977-4989; §6.203',
  status: 'active',
  request: [{ table: 'Table 5.46', fields: v025Request }],
  response: [{ table: 'Table 5.47', fields: v025Response }],
  note: 'Visa, Mastercard and Discover credit only; the same value must be sent in the original and its reversal.',
};
