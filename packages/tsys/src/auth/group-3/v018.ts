// G3v018 Special condition indicator — EIS 1080 v17.6 §5.2.14, Tables 5.31/5.32 (L4676-4694).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.178 Special condition indicator. */
export const specialConditionIndicators: Readonly<Record<string, string>> = {
  '7': 'Purchase of cryptocurrency',
  '9': 'Payment on an existing debt (Visa Debt Repayment Program)',
};

/** Table 5.31. */
export const v018Request: readonly FieldSpec[] = [
  fixed('specialConditionIndicator', 'Special Condition Indicator', 1, 'numeric', '6.178', {
    values: specialConditionIndicators,
  }),
];

/** Table 5.32: the version number alone. */
export const v018Response: readonly FieldSpec[] = [];

export const v018: GroupIIIVersionSpec = {
  version: '018',
  title: 'Special condition indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.14, Tables 5.31-5.32, L4676-4694',
  status: 'active',
  request: [{ table: 'Table 5.31', fields: v018Request }],
  response: [{ table: 'Table 5.32', fields: v018Response }],
  note: 'Table 6.46 calls this version Existing Debt Indicator.',
};
