// G3v049 Gen 2 terminal authentication — EIS 1080 v17.6 §5.2.45, Tables 5.92/5.93 (L5679-5725).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.92. */
export const v049Request: readonly FieldSpec[] = [
  fsZeroOr('genKey', 'GenKey', 24, 'hex', '6.93.4', { sensitive: 'key' }),
];

/** Table 5.93. */
export const v049Response: readonly FieldSpec[] = [
  fsZeroOr('genKey', 'GenKey', 24, 'hex', '6.93.4', { sensitive: 'key' }),
];

export const v049: GroupIIIVersionSpec = {
  version: '049',
  title: 'Gen 2 terminal authentication',
  reference: 'EIS 1080 v17.6 \u00a75.2.45, Tables 5.92-5.93, L5679-5725',
  status: 'active',
  request: [{ table: 'Table 5.92', fields: v049Request }],
  response: [{ table: 'Table 5.93', fields: v049Response }],
  note: 'GenKey is empty on a terminal authentication request and 24 hex characters on authorization/deactivation requests; the host returns it on authentication. Masked in traces.',
};
