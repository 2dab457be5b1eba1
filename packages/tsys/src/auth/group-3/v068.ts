// G3v068 Fraud enhanced data — EIS 1080 v17.6 §5.2.64, Tables 5.132/5.133 (L6535-6564).

import type { FieldSpec } from '@paywire/core';
import { fixedFs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.159 Registered user indicator. */
export const registeredUserIndicators: Readonly<Record<string, string>> = {
  Y: 'Registered user with an online profile and login',
  N: 'Not registered (guest)',
};

/** Table 5.132. */
export const v068Request: readonly FieldSpec[] = [
  fixedFs('registeredUserIndicator', 'Registered User Indicator', 1, 'alphanumeric', '6.159', {
    values: registeredUserIndicators,
  }),
  fixedFs(
    'registeredUserLastProfileDateChange',
    'Registered User Last Profile Date Change (DDMMYYYY)',
    8,
    'numeric',
    '6.160',
  ),
];

/** Table 5.133: the version number alone. */
export const v068Response: readonly FieldSpec[] = [];

export const v068: GroupIIIVersionSpec = {
  version: '068',
  title: 'Fraud enhanced data',
  reference: 'EIS 1080 v17.6 \u00a75.2.64, Tables 5.132-5.133, L6535-6564',
  status: 'active',
  request: [{ table: 'Table 5.132', fields: v068Request }],
  response: [{ table: 'Table 5.133', fields: v068Response }],
  note: 'Discover only (e-commerce).',
};
