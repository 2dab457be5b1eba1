// G3v073 Business Application Identifier — EIS 1080 v17.6 §5.2.69, Tables 5.142/5.143 (L6661-6680).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.142. */
export const v073Request: readonly FieldSpec[] = [
  fixed('businessApplicationIdentifier', 'Business Application Identifier', 2, 'alphanumeric', '6.34'),
];

/** Table 5.143: the version number alone. */
export const v073Response: readonly FieldSpec[] = [];

export const v073: GroupIIIVersionSpec = {
  version: '073',
  title: 'Business Application Identifier',
  reference: 'EIS 1080 v17.6 \u00a75.2.69, Tables 5.142-5.143, L6661-6680',
  status: 'active',
  request: [{ table: 'Table 5.142', fields: v073Request }],
  response: [{ table: 'Table 5.143', fields: v073Response }],
  note: 'Table 5.142 types the field NUM; Visa BAI values are letters (AA, PP, ...), so any 2 printable characters are accepted.',
};
