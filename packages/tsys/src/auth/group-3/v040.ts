// G3v040 Visa ISA charge indicator — EIS 1080 v17.6 §5.2.36, Tables 5.76/5.77 (L5414-5426); §6.103.

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.103 ISA charge indicator. */
export const isaChargeIndicators: Readonly<Record<string, string>> = {
  C: 'Single currency ISA assessed',
  S: 'Multicurrency ISA assessed',
};

/** Table 5.76: the version number alone. */
export const v040Request: readonly FieldSpec[] = [];

/** Table 5.77. */
export const v040Response: readonly FieldSpec[] = [
  fs('isaChargeIndicator', 'ISA Charge Indicator', 0, 1, 'alphanumeric', '6.103', {
    values: isaChargeIndicators,
    openValues: true,
  }),
];

export const v040: GroupIIIVersionSpec = {
  version: '040',
  title: 'Visa ISA charge indicator',
  reference: 'EIS 1080 v17.6 §5.2.36, Tables 5.76-5.77, L5414-5426; §6.103',
  status: 'active',
  request: [{ table: 'Table 5.76', fields: v040Request }],
  response: [{ table: 'Table 5.77', fields: v040Response }],
};
