// G3v036 Payment transaction type identifier — EIS 1080 v17.6 §5.2.32, Tables 5.68/5.69 (L5338-5357).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.68. */
export const v036Request: readonly FieldSpec[] = [
  fixed(
    'paymentTransactionTypeIdentifier',
    'Payment Transaction Type Identifier',
    3,
    'alphanumeric',
    '6.148',
  ),
];

/** Table 5.69: the version number alone. */
export const v036Response: readonly FieldSpec[] = [];

export const v036: GroupIIIVersionSpec = {
  version: '036',
  title: 'Payment transaction type identifier',
  reference: 'EIS 1080 v17.6 \u00a75.2.32, Tables 5.68-5.69, L5338-5357',
  status: 'active',
  request: [{ table: 'Table 5.68', fields: v036Request }],
  response: [{ table: 'Table 5.69', fields: v036Response }],
};
