// G3v071 POS Environment Indicator — EIS 1080 v17.6 §5.2.67, Tables 5.138/5.139 (L6611-6636).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.152 POS environment indicator. */
export const posEnvironmentIndicators: Readonly<Record<string, string>> = {
  C: 'Credential on file (unscheduled): stored for the first time or used by the merchant',
  R: 'Recurring: credential stored for the first time or used by the merchant',
  I: 'Installment: credential stored for the first time or used by the merchant',
};

/** Table 5.138. */
export const v071Request: readonly FieldSpec[] = [
  fixed('posEnvironmentIndicator', 'POS Environment Indicator', 1, 'alphanumeric', '6.152', {
    values: posEnvironmentIndicators,
  }),
];

/** Table 5.139: the version number alone. */
export const v071Response: readonly FieldSpec[] = [];

export const v071: GroupIIIVersionSpec = {
  version: '071',
  title: 'POS Environment Indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.67, Tables 5.138-5.139, L6611-6636',
  status: 'active',
  request: [{ table: 'Table 5.138', fields: v071Request }],
  response: [{ table: 'Table 5.139', fields: v071Response }],
};
