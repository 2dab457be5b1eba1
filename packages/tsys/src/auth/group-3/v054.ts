// G3v054 Transit program — EIS 1080 v17.6 §5.2.50, Tables 5.102/5.103 (L5898-5916).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.102. */
export const v054Request: readonly FieldSpec[] = [
  fixed('transitTransactionTypeIndicator', 'Transit Transaction Type Indicator', 2, 'numeric', '6.208'),
  fixed('transportationModeIndicator', 'Transportation Mode Indicator', 2, 'numeric', '6.209'),
];

/** Table 5.103: the version number alone. */
export const v054Response: readonly FieldSpec[] = [];

export const v054: GroupIIIVersionSpec = {
  version: '054',
  title: 'Transit program',
  reference: 'EIS 1080 v17.6 \u00a75.2.50, Tables 5.102-5.103, L5898-5916',
  status: 'active',
  request: [{ table: 'Table 5.102', fields: v054Request }],
  response: [{ table: 'Table 5.103', fields: v054Response }],
  note: 'Mastercard contactless transit.',
};
