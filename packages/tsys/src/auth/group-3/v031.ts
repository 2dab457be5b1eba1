// G3v031 Digital entity identifier — EIS 1080 v17.6 §5.2.27, Tables 5.58/5.59 (L5188-5222).

import type { FieldSpec } from '@paywire/core';
import { fixed, lastZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.58. */
export const v031Request: readonly FieldSpec[] = [
  fixed('digitalEntityIdentifier', 'Digital Entity Identifier', 5, 'alphanumeric', '6.74'),
  lastZeroOr('reserved', 'Reserved (internal use, POS need not send)', 12, 'numeric', '5.2.27'),
];

/** Table 5.59: the version number alone. */
export const v031Response: readonly FieldSpec[] = [];

export const v031: GroupIIIVersionSpec = {
  version: '031',
  title: 'Digital entity identifier',
  reference: 'EIS 1080 v17.6 \u00a75.2.27, Tables 5.58-5.59, L5188-5222',
  status: 'active',
  request: [{ table: 'Table 5.58', fields: v031Request }],
  response: [{ table: 'Table 5.59', fields: v031Response }],
  note: 'Table 6.46 calls it Agent Identification Service.',
};
