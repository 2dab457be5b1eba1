// G3v039 Cardholder verification method — EIS 1080 v17.6 §5.2.35, Tables 5.74/5.75 (L5401-5412).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.74. */
export const v039Request: readonly FieldSpec[] = [
  fixed('cardholderVerificationMethod', 'Cardholder Verification Method', 1, 'alphanumeric', '6.51'),
];

/** Table 5.75: the version number alone. */
export const v039Response: readonly FieldSpec[] = [];

export const v039: GroupIIIVersionSpec = {
  version: '039',
  title: 'Cardholder verification method',
  reference: 'EIS 1080 v17.6 \u00a75.2.35, Tables 5.74-5.75, L5401-5412',
  status: 'active',
  request: [{ table: 'Table 5.74', fields: v039Request }],
  response: [{ table: 'Table 5.75', fields: v039Response }],
};
