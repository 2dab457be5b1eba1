// G3v060 Mastercard PayPass mobile — EIS 1080 v17.6 §5.2.56, Tables 5.114/5.115 (L6093-6115).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.114. */
export const v060Request: readonly FieldSpec[] = [
  fsZeroOr('payPassMobileDomainServer', 'PayPass Mobile Domain Server', 1, 'alphanumeric', '6.150'),
  fsZeroOr('payPassMobileDeviceType', 'PayPass Mobile Device Type', 2, 'alphanumeric', '6.149'),
];

/** Table 5.115: the version number alone. */
export const v060Response: readonly FieldSpec[] = [];

export const v060: GroupIIIVersionSpec = {
  version: '060',
  title: 'Mastercard PayPass mobile',
  reference: 'EIS 1080 v17.6 \u00a75.2.56, Tables 5.114-5.115, L6093-6115',
  status: 'active',
  request: [{ table: 'Table 5.114', fields: v060Request }],
  response: [{ table: 'Table 5.115', fields: v060Response }],
};
