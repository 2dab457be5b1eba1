// G3v069 Lane ID — EIS 1080 v17.6 §5.2.65, Tables 5.134/5.135 (L6566-6586).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.134. */
export const v069Request: readonly FieldSpec[] = [fixed('laneId', 'Lane ID', 8, 'numeric', '6.109')];

/** Table 5.135: the version number alone. */
export const v069Response: readonly FieldSpec[] = [];

export const v069: GroupIIIVersionSpec = {
  version: '069',
  title: 'Lane ID',
  reference: 'EIS 1080 v17.6 \u00a75.2.65, Tables 5.134-5.135, L6566-6586',
  status: 'active',
  request: [{ table: 'Table 5.134', fields: v069Request }],
  response: [{ table: 'Table 5.135', fields: v069Response }],
};
