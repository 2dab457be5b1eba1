// G3v072 Electronic Commerce Security Level Indicator — EIS 1080 v17.6 §5.2.68, Tables 5.140/5.141 (L6640-6659).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.140. */
export const v072Request: readonly FieldSpec[] = [
  fsZeroOr(
    'electronicCommerceSecurityLevelIndicator',
    'Electronic Commerce Security Level Indicator',
    3,
    'alphanumeric',
    '6.77',
  ),
];

/** Table 5.141. */
export const v072Response: readonly FieldSpec[] = [
  fsZeroOr(
    'electronicCommerceSecurityLevelIndicator',
    'Electronic Commerce Security Level Indicator',
    3,
    'alphanumeric',
    '6.77',
  ),
];

export const v072: GroupIIIVersionSpec = {
  version: '072',
  title: 'Electronic Commerce Security Level Indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.68, Tables 5.140-5.141, L6640-6659',
  status: 'active',
  request: [{ table: 'Table 5.140', fields: v072Request }],
  response: [{ table: 'Table 5.141', fields: v072Response }],
};
