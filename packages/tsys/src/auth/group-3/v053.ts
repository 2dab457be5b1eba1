// G3v053 TSYS token request/response — EIS 1080 v17.6 §5.2.49, Tables 5.100/5.101 (L5830-5896).

import type { FieldSpec } from '@paywire/core';
import { fixedFs, fsZeroOrRange } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/**
 * Table 6.86 Token status, as printed (one digit each). The field is 2 characters and the spec does
 * not say how a one-digit status fills it, so the table is not enforced on the field.
 */
export const tokenStatuses: Readonly<Record<string, string>> = {
  '0': 'Token retrieved and included',
  '1': 'Terminal not configured to receive a token',
  '2': 'Terminal not authenticated',
  '3': 'System failure',
};

/** Table 5.100: the version number alone. */
export const v053Request: readonly FieldSpec[] = [];

/** Table 5.101. */
export const v053Response: readonly FieldSpec[] = [
  fixedFs('tokenStatus', 'Token Status', 2, 'alphanumeric', '6.197'),
  fsZeroOrRange('token', 'Token', 13, 19, 'alphanumeric', '6.196', { sensitive: 'pan' }),
];

export const v053: GroupIIIVersionSpec = {
  version: '053',
  title: 'TSYS token request/response',
  reference: 'EIS 1080 v17.6 \u00a75.2.49, Tables 5.100-5.101, L5830-5896',
  status: 'active',
  request: [{ table: 'Table 5.100', fields: v053Request }],
  response: [{ table: 'Table 5.101', fields: v053Response }],
  note: 'TSYS tokens (not card brand tokens, see G3v062). Needs G3v049; never on record format Y. The token keeps the last 4 digits of the PAN and is masked like a PAN.',
};
