// G3v035 Promotional code — EIS 1080 v17.6 §5.2.31, Tables 5.66/5.67 (L5318-5336).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.66. */
export const v035Request: readonly FieldSpec[] = [
  fs('promotionalCode', 'Promotional Code', 0, 50, 'alphanumeric', '6.155'),
];

/** Table 5.67. */
export const v035Response: readonly FieldSpec[] = [
  fs('promotionalCode', 'Promotional Code', 0, 50, 'alphanumeric', '6.155'),
];

export const v035: GroupIIIVersionSpec = {
  version: '035',
  title: 'Promotional code',
  reference: 'EIS 1080 v17.6 \u00a75.2.31, Tables 5.66-5.67, L5318-5336',
  status: 'active',
  request: [{ table: 'Table 5.66', fields: v035Request }],
  response: [{ table: 'Table 5.67', fields: v035Response }],
  note: 'The tables cite \u00a76.154 (Program protocol); the field is defined in \u00a76.155 Promotional code.',
};
