// G3v067 Authorization indicator — EIS 1080 v17.6 §5.2.63, Tables 5.130/5.131 (L6502-6524).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.16 Authorization indicator. */
export const authorizationIndicators: Readonly<Record<string, string>> = {
  P: 'Pre-authorization (estimated amount)',
  F: 'Final authorization (not an estimated amount)',
  U: 'Undefined authorization (neither pre- nor final)',
};

/** Table 5.130. */
export const v067Request: readonly FieldSpec[] = [
  fixed('authorizationIndicator', 'Authorization Indicator', 1, 'alpha', '6.26', {
    values: authorizationIndicators,
  }),
];

/** Table 5.131: the version number alone. */
export const v067Response: readonly FieldSpec[] = [];

export const v067: GroupIIIVersionSpec = {
  version: '067',
  title: 'Authorization indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.63, Tables 5.130-5.131, L6502-6524',
  status: 'active',
  request: [{ table: 'Table 5.130', fields: v067Request }],
  response: [{ table: 'Table 5.131', fields: v067Response }],
  note: 'Mastercard only, on every Mastercard authorization request but not on zero-amount card authentications.',
};
