// G3v020 Developer information — EIS 1080 v17.6 §5.2.16, Tables 5.35/5.36 (L4714-4745).

import { type FieldSpec, FS } from '@paywire/core';
import { fixed, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.35 (mandatory on D, T, W, X, Y since 2016-03-01). */
export const v020Request: readonly FieldSpec[] = [
  fixed('developerId', 'Developer ID (TSYS assigned)', 6, 'alphanumeric', '6.72'),
  fixed('applicationId', 'Application ID (TSYS assigned)', 4, 'alphanumeric', '6.20', { terminator: FS }),
  fsZeroOr('gatewayId', 'Gateway ID', 10, 'alphanumeric', '6.92'),
];

/** Table 5.36: the version number alone. */
export const v020Response: readonly FieldSpec[] = [];

export const v020: GroupIIIVersionSpec = {
  version: '020',
  title: 'Developer information',
  reference: 'EIS 1080 v17.6 §5.2.16, Tables 5.35-5.36, L4714-4745',
  status: 'active',
  request: [{ table: 'Table 5.35', fields: v020Request }],
  response: [{ table: 'Table 5.36', fields: v020Response }],
  note: 'Mandatory for record formats D, T, W, X and Y since 1 March 2016. The 4-character field is the Application ID (§6.20); chapter 8 calls it Version ID.',
};
