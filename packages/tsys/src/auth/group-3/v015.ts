// G3v015 Service development indicator — EIS 1080 v17.6 §5.2.12, Tables 5.27/5.28 (L4614-4625).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.172 values listed in Table 5.27 (6, 5, 7). */
export const serviceDevelopmentIndicators: Readonly<Record<string, string>> = {
  '5': 'Transponder indicator (radio frequency transponder)',
  '6': 'Relationship participant indicator (Visa Relationship Manager)',
  '7': 'Deferred billing indicator (goods received within the past 90 days)',
};

/** Table 5.27. */
export const v015Request: readonly FieldSpec[] = [
  fixed('serviceDevelopmentIndicator', 'Service Development Indicator', 1, 'numeric', '6.172', {
    values: serviceDevelopmentIndicators,
  }),
];

/** Table 5.28: the version number alone. */
export const v015Response: readonly FieldSpec[] = [];

export const v015: GroupIIIVersionSpec = {
  version: '015',
  title: 'Service development indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.12, Tables 5.27-5.28, L4614-4625',
  status: 'active',
  request: [{ table: 'Table 5.27', fields: v015Request }],
  response: [{ table: 'Table 5.28', fields: v015Response }],
};
