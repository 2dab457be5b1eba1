// G3v200 Gift card information — EIS 1080 v17.6 §5.2.75, Tables 5.154/5.155 (L6831-6853).

import type { FieldSpec } from '@paywire/core';
import { fixedFs, fs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.154. */
export const v200Request: readonly FieldSpec[] = [
  fs('operatorClerkId', 'Operator / Clerk ID', 0, 8, 'numeric', '6.140'),
  fixedFs('barCodeFormat', 'Bar Code Format', 1, 'alphanumeric', '6.32'),
];

/** Table 5.155. */
export const v200Response: readonly FieldSpec[] = [
  fsZeroOr('availableBalance', 'Available Balance', 12, 'numeric', '6.31'),
  fsZeroOr('amountActuallyUsedFromCard', 'Amount Actually Used From Card', 12, 'numeric', '6.19'),
];

export const v200: GroupIIIVersionSpec = {
  version: '200',
  title: 'Gift card information',
  reference: 'EIS 1080 v17.6 \u00a75.2.75, Tables 5.154-5.155, L6831-6853',
  status: 'active',
  request: [{ table: 'Table 5.154', fields: v200Request }],
  response: [{ table: 'Table 5.155', fields: v200Response }],
  note: 'Table 5.155 cites \u00a76.18 for the amount used; the field is \u00a76.19 Amount actually used from card.',
};
