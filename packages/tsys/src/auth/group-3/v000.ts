// G3v000 No addendum data — EIS 1080 v17.6 §5.2.3, Tables 5.9/5.10 (L4428-4441).

import type { FieldSpec } from '@paywire/core';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.9: the version number alone. */
export const v000Request: readonly FieldSpec[] = [];

/** Table 5.10: the version number alone. */
export const v000Response: readonly FieldSpec[] = [];

export const v000: GroupIIIVersionSpec = {
  version: '000',
  title: 'No addendum data',
  reference: 'EIS 1080 v17.6 §5.2.3, Tables 5.9-5.10, L4428-4441',
  status: 'active',
  request: [{ table: 'Table 5.9', fields: v000Request }],
  response: [{ table: 'Table 5.10', fields: v000Response }],
  note: 'The least a D/T/W/X/Y request carries when it has no other Group III record (L4192-4197).',
};
