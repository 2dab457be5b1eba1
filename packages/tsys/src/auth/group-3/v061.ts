// G3v061 Spend qualified indicator — EIS 1080 v17.6 §5.2.57, Tables 5.116/5.117 (L6121-6138); §6.179 T6.84.

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.84 Spend qualified indicator. */
export const spendQualifiedIndicators: Readonly<Record<string, string>> = {
  B: 'Base spend assessment threshold met',
  N: 'Spend qualification threshold not met',
  Q: 'Spend qualification threshold met',
};

/** Table 5.116: the version number alone (should be sent on all Visa transactions). */
export const v061Request: readonly FieldSpec[] = [];

/** Table 5.117. */
export const v061Response: readonly FieldSpec[] = [
  fs('spendQualifiedIndicator', 'Spend Qualified Indicator', 0, 1, 'alphanumeric', '6.179', {
    values: spendQualifiedIndicators,
    openValues: true,
  }),
];

export const v061: GroupIIIVersionSpec = {
  version: '061',
  title: 'Spend qualified indicator',
  reference: 'EIS 1080 v17.6 §5.2.57, Tables 5.116-5.117, L6121-6138; §6.179',
  status: 'active',
  request: [{ table: 'Table 5.116', fields: v061Request }],
  response: [{ table: 'Table 5.117', fields: v061Response }],
};
