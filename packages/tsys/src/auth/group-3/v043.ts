// G3v043 Network ID — EIS 1080 v17.6 §5.2.39, Tables 5.82/5.83 (L5478-5502).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.82. */
export const v043Request: readonly FieldSpec[] = [
  fixed('networkId', 'Network ID', 4, 'numeric', '6.137', {
    check: (text) => (text === '0000' ? 'must not be 0000' : undefined),
  }),
];

/** Table 5.83: the version number alone. */
export const v043Response: readonly FieldSpec[] = [];

export const v043: GroupIIIVersionSpec = {
  version: '043',
  title: 'Network ID',
  reference: 'EIS 1080 v17.6 \u00a75.2.39, Tables 5.82-5.83, L5478-5502',
  status: 'active',
  request: [{ table: 'Table 5.82', fields: v043Request }],
  response: [{ table: 'Table 5.83', fields: v043Response }],
};
