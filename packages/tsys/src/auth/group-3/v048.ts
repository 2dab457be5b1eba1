// G3v048 Cardholder verification results — EIS 1080 v17.6 §5.2.44, Tables 5.90/5.91 (L5643-5677).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.90: the version number alone. */
export const v048Request: readonly FieldSpec[] = [];

/** Table 5.91. */
export const v048Response: readonly FieldSpec[] = [
  fixed('cardholderVerificationResults', 'Cardholder Verification Results', 9, 'alphanumeric', '6.53'),
];

export const v048: GroupIIIVersionSpec = {
  version: '048',
  title: 'Cardholder verification results',
  reference: 'EIS 1080 v17.6 \u00a75.2.44, Tables 5.90-5.91, L5643-5677',
  status: 'active',
  request: [{ table: 'Table 5.90', fields: v048Request }],
  response: [{ table: 'Table 5.91', fields: v048Response }],
  note: 'Send the version alone (with G3v028/G3v029 data) to receive Amex or Discover verification results.',
};
