// G3v037 Real time substantiation indicator — EIS 1080 v17.6 §5.2.33, Tables 5.70/5.71 (L5359-5374); §6.156 T6.73.

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.73 Real time substantiation (IIAS). */
export const realTimeSubstantiationIndicators: Readonly<Record<string, string>> = {
  '0': 'Merchant terminal did not verify the purchased items against an IIAS',
  '1': 'Merchant terminal verified the purchased items against an IIAS',
  '2': 'Merchant claims exemption from IIAS (90 percent rule)',
};

/** Table 5.70 (Mastercard only). */
export const v037Request: readonly FieldSpec[] = [
  fixed('realTimeSubstantiationIndicator', 'Real Time Substantiation Indicator', 1, 'numeric', '6.156', {
    values: realTimeSubstantiationIndicators,
  }),
];

/** Table 5.71: the version number alone. */
export const v037Response: readonly FieldSpec[] = [];

export const v037: GroupIIIVersionSpec = {
  version: '037',
  title: 'Real time substantiation indicator',
  reference: 'EIS 1080 v17.6 §5.2.33, Tables 5.70-5.71, L5359-5374; §6.153/§6.156',
  status: 'active',
  request: [{ table: 'Table 5.70', fields: v037Request }],
  response: [{ table: 'Table 5.71', fields: v037Response }],
  note: 'Mastercard only (healthcare IIAS). The spec defines the field twice (§6.153 and §6.156) with the same values.',
};
