// G3v058 Alternate account ID 1 — EIS 1080 v17.6 §5.2.54, Tables 5.110/5.111 (L6034-6053).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.110: the version number alone. */
export const v058Request: readonly FieldSpec[] = [];

/** Table 5.111. */
export const v058Response: readonly FieldSpec[] = [
  fs('alternateAccountId1', 'Alternate Account ID 1', 1, 28, 'numeric', '6.15', { sensitive: 'pan' }),
];

export const v058: GroupIIIVersionSpec = {
  version: '058',
  title: 'Alternate account ID 1',
  reference: 'EIS 1080 v17.6 \u00a75.2.54, Tables 5.110-5.111, L6034-6053',
  status: 'active',
  request: [{ table: 'Table 5.110', fields: v058Request }],
  response: [{ table: 'Table 5.111', fields: v058Response }],
  note: 'Masked like a PAN in traces.',
};
