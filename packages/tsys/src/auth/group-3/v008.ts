// G3v008 Fleet fueling card — EIS 1080 v17.6 §5.2.6, Tables 5.15/5.16 (L4473-4494).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.15. */
export const v008Request: readonly FieldSpec[] = [
  fsZeroOr('identificationNumber', 'Identification Number', 17, 'alphanumeric', '6.98'),
];

/** Table 5.16: the version number alone. */
export const v008Response: readonly FieldSpec[] = [];

export const v008: GroupIIIVersionSpec = {
  version: '008',
  title: 'Fleet fueling card',
  reference: 'EIS 1080 v17.6 \u00a75.2.6, Tables 5.15-5.16, L4473-4494',
  status: 'active',
  request: [{ table: 'Table 5.15', fields: v008Request }],
  response: [{ table: 'Table 5.16', fields: v008Response }],
};
