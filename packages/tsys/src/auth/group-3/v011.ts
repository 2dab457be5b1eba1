// G3v011 Chip condition code — EIS 1080 v17.6 §5.2.9, Tables 5.21/5.22 (L4552-4575).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.36 Chip condition code. */
export const chipConditionCodes: Readonly<Record<string, string>> = {
  '0': 'Service code does not begin with 2 or 6 (not a chip card)',
  '1': 'Chip card swiped; the last read at this terminal was a good chip read or not a chip transaction',
  '2': 'Chip card swiped; the previous transaction at this terminal was an unsuccessful chip read',
};

/** Table 5.21. */
export const v011Request: readonly FieldSpec[] = [
  fixed('chipConditionCode', 'Chip Condition Code', 1, 'alphanumeric', '6.57', {
    values: chipConditionCodes,
  }),
];

/** Table 5.22: the version number alone. */
export const v011Response: readonly FieldSpec[] = [];

export const v011: GroupIIIVersionSpec = {
  version: '011',
  title: 'Chip condition code',
  reference: 'EIS 1080 v17.6 \u00a75.2.9, Tables 5.21-5.22, L4552-4575',
  status: 'active',
  request: [{ table: 'Table 5.21', fields: v011Request }],
  response: [{ table: 'Table 5.22', fields: v011Response }],
  note: 'Must be sent when the account data source is Z or P (chip card read as magnetic stripe).',
};
