// G3v057 Additional response data — EIS 1080 v17.6 §5.2.53, Tables 5.108/5.109 (L5994-6032).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.108. */
export const v057Request: readonly FieldSpec[] = [
  fs('additionalResponseData', 'Additional Response Data', 0, 25, 'alphanumeric', '6.11'),
];

/** Table 5.109. */
export const v057Response: readonly FieldSpec[] = [
  fs('additionalResponseData', 'Additional Response Data', 0, 25, 'alphanumeric', '6.11'),
];

export const v057: GroupIIIVersionSpec = {
  version: '057',
  title: 'Additional response data',
  reference: 'EIS 1080 v17.6 \u00a75.2.53, Tables 5.108-5.109, L5994-6032',
  status: 'active',
  request: [{ table: 'Table 5.108', fields: v057Request }],
  response: [{ table: 'Table 5.109', fields: v057Response }],
  note: 'Discover/PayPal AFD messages.',
};
