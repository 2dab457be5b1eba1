// G3v065 ISO Identifier — EIS 1080 v17.6 §5.2.61, Tables 5.126/5.127 (L6423-6440).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.126. */
export const v065Request: readonly FieldSpec[] = [
  fixed('isoIdentifier', 'ISO Identifier', 11, 'numeric', '6.100'),
];

/** Table 5.127: the version number alone. */
export const v065Response: readonly FieldSpec[] = [];

export const v065: GroupIIIVersionSpec = {
  version: '065',
  title: 'ISO Identifier',
  reference: 'EIS 1080 v17.6 \u00a75.2.61, Tables 5.126-5.127, L6423-6440',
  status: 'active',
  request: [{ table: 'Table 5.126', fields: v065Request }],
  response: [{ table: 'Table 5.127', fields: v065Response }],
  note: 'Mastercard transactions of merchants that have a relationship with an ISO.',
};
