// G3v078 Authentication Data — EIS 1080 v17.6 §5.2.74, Tables 5.152/5.153 (L6793-6829).

import type { FieldSpec } from '@paywire/core';
import { fixedFs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.152. */
export const v078Request: readonly FieldSpec[] = [
  fixedFs('programProtocol', 'Program Protocol', 1, 'alphanumeric', '6.154'),
  fsZeroOr('directoryServerTransactionId', 'Directory Server Transaction ID', 36, 'alphanumeric', '6.75'),
];

/** Table 5.153: the version number alone. */
export const v078Response: readonly FieldSpec[] = [];

export const v078: GroupIIIVersionSpec = {
  version: '078',
  title: 'Authentication Data',
  reference: 'EIS 1080 v17.6 \u00a75.2.74, Tables 5.152-5.153, L6793-6829',
  status: 'active',
  request: [{ table: 'Table 5.152', fields: v078Request }],
  response: [{ table: 'Table 5.153', fields: v078Response }],
  note: 'Mastercard Identity Check (EMV 3DS). Not listed in Table 6.46.',
};
