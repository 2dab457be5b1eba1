// G3v026 Partial authorization indicator — EIS 1080 v17.6 §5.2.22, Tables 5.48/5.49 (L4991-5003).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.48. */
export const v026Request: readonly FieldSpec[] = [
  fs('partialAuthorizationIndicator', 'Partial Authorization Indicator', 1, 10, 'alpha', '6.143'),
];

/** Table 5.49: the version number alone. */
export const v026Response: readonly FieldSpec[] = [];

export const v026: GroupIIIVersionSpec = {
  version: '026',
  title: 'Partial authorization indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.22, Tables 5.48-5.49, L4991-5003',
  status: 'active',
  request: [{ table: 'Table 5.48', fields: v026Request }],
  response: [{ table: 'Table 5.49', fields: v026Response }],
  note: 'Table 6.46 calls this version Product Participation Group.',
};
