// G3v044 Automated teller machines — EIS 1080 v17.6 §5.2.40, Tables 5.84/5.85 (L5504-5518).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.84. */
export const v044Request: readonly FieldSpec[] = [
  fsZeroOr('accountTypeFrom', 'Account Type (from)', 2, 'numeric', '6.3'),
  fsZeroOr('accountTypeTo', 'Account Type (to)', 2, 'numeric', '6.4'),
];

/** Table 5.85: the version number alone. */
export const v044Response: readonly FieldSpec[] = [];

export const v044: GroupIIIVersionSpec = {
  version: '044',
  title: 'Automated teller machines',
  reference: 'EIS 1080 v17.6 \u00a75.2.40, Tables 5.84-5.85, L5504-5518',
  status: 'active',
  request: [{ table: 'Table 5.84', fields: v044Request }],
  response: [{ table: 'Table 5.85', fields: v044Response }],
};
