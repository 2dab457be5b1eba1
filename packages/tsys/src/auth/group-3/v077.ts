// G3v077 Extended POS Data — EIS 1080 v17.6 §5.2.73, Tables 5.150/5.151 (L6763-6791).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.150. */
export const v077Request: readonly FieldSpec[] = [
  fsZeroOr('transactionStatus', 'Transaction Status', 1, 'alphanumeric', '6.207'),
  fsZeroOr('acceptanceDeviceType', 'Acceptance Device Type', 1, 'alphanumeric', '6.1'),
];

/** Table 5.151: the version number alone. */
export const v077Response: readonly FieldSpec[] = [];

export const v077: GroupIIIVersionSpec = {
  version: '077',
  title: 'Extended POS Data',
  reference: 'EIS 1080 v17.6 \u00a75.2.73, Tables 5.150-5.151, L6763-6791',
  status: 'active',
  request: [{ table: 'Table 5.150', fields: v077Request }],
  response: [{ table: 'Table 5.151', fields: v077Response }],
  note: 'Used for Discover and Mastercard only. Not listed in Table 6.46.',
};
