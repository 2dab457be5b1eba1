// G3v026 Partial authorization indicator — EIS 1080 v17.6 §5.2.22, Tables 5.48/5.49 (L4991-5003).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/**
 * Table 6.56 Partial authorization indicator flags. `A` means "partial approval supported" for all
 * brands (merchandise); for Discover, A-D also say how cash over is handled; E and F are Visa
 * estimated amounts.
 */
export const partialAuthorizationIndicators: Readonly<Record<string, string>> = {
  A: 'Partial approval supported (Discover: merchandise and cash over may be partially approved)',
  B: 'Discover: merchandise may be partially approved, cash over must be fully approved or declined',
  C: 'Discover: merchandise fully approved or declined, cash over may be partially approved',
  D: 'Discover: merchandise and cash over fully approved or declined',
  E: 'Visa: estimated amount',
  F: 'Visa: estimated amount, partial approval supported',
};

/** Table 5.48. */
export const v026Request: readonly FieldSpec[] = [
  fs('partialAuthorizationIndicator', 'Partial Authorization Indicator', 1, 10, 'alpha', '6.143'),
];

/** Table 5.49: the version number alone. */
export const v026Response: readonly FieldSpec[] = [];

export const v026: GroupIIIVersionSpec = {
  version: '026',
  title: 'Partial authorization indicator',
  reference: 'EIS 1080 v17.6 \u00a75.2.22, Tables 5.48-5.49, L4991-5003',
  status: 'active',
  request: [{ table: 'Table 5.48', fields: v026Request }],
  response: [{ table: 'Table 5.49', fields: v026Response }],
  note: 'Table 6.46 calls this version Product Participation Group.',
};
