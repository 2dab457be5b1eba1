// G3v074 Transaction Integrity Class — EIS 1080 v17.6 §5.2.70, Tables 5.144/5.145 (L6682-6700).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.88 Transaction integrity class (Mastercard). */
export const transactionIntegrityClasses: Readonly<Record<string, string>> = {
  A1: 'Card and cardholder present: EMV/token in a secure, trusted environment',
  B1: 'Card and cardholder present: EMV/chip equivalent',
  C1: 'Card and cardholder present: magnetic stripe',
  E1: 'Card and cardholder present: key entered',
  A2: 'Card/cardholder not present: digital transaction',
  B2: 'Card/cardholder not present: authenticated checkout',
  C2: 'Card/cardholder not present: transaction validation',
  D2: 'Card/cardholder not present: enhanced data',
  E2: 'Card/cardholder not present: generic messaging',
  U0: 'Unclassified',
};

/** Table 5.144: the version number alone. */
export const v074Request: readonly FieldSpec[] = [];

/** Table 5.145. */
export const v074Response: readonly FieldSpec[] = [
  fsZeroOr('transactionIntegrityClass', 'Transaction Integrity Class', 2, 'alphanumeric', '6.205', {
    values: transactionIntegrityClasses,
    openValues: true,
  }),
];

export const v074: GroupIIIVersionSpec = {
  version: '074',
  title: 'Transaction Integrity Class',
  reference: 'EIS 1080 v17.6 \u00a75.2.70, Tables 5.144-5.145, L6682-6700',
  status: 'active',
  request: [{ table: 'Table 5.144', fields: v074Request }],
  response: [{ table: 'Table 5.145', fields: v074Response }],
  note: 'Mastercard purchases and purchases with cash back; not PIN debit or reversals.',
};
