// G3v021 Merchant verification value — EIS 1080 v17.6 §5.2.17, Tables 5.37/5.38 (L4747-4758); §6.133.

import type { FieldSpec } from '@paywire/core';
import { lastZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.37: MVV, 10 hex characters (0-9, A-F) or empty. */
export const v021Request: readonly FieldSpec[] = [
  lastZeroOr('merchantVerificationValue', 'Merchant Verification Value', 10, 'hex', '6.133'),
];

/** Table 5.38: the version number alone. */
export const v021Response: readonly FieldSpec[] = [];

export const v021: GroupIIIVersionSpec = {
  version: '021',
  title: 'Merchant verification value',
  reference: 'EIS 1080 v17.6 §5.2.17, Tables 5.37-5.38, L4747-4758; §6.133',
  status: 'active',
  request: [{ table: 'Table 5.37', fields: v021Request }],
  response: [{ table: 'Table 5.38', fields: v021Response }],
  note: 'Visa MVV (healthcare IIAS merchants among others).',
};
