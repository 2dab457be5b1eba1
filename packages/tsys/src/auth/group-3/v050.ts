// G3v050 Association timestamp — EIS 1080 v17.6 §5.2.46, Tables 5.94/5.95 (L5727-5746).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.94: the version number alone. */
export const v050Request: readonly FieldSpec[] = [];

/** Table 5.95. */
export const v050Response: readonly FieldSpec[] = [
  fsZeroOr('associationTimestamp', 'Association Timestamp', 10, 'numeric', '6.25'),
];

export const v050: GroupIIIVersionSpec = {
  version: '050',
  title: 'Association timestamp',
  reference: 'EIS 1080 v17.6 \u00a75.2.46, Tables 5.94-5.95, L5727-5746',
  status: 'active',
  request: [{ table: 'Table 5.94', fields: v050Request }],
  response: [{ table: 'Table 5.95', fields: v050Response }],
  note: 'Mastercard AFD credit advices only.',
};
