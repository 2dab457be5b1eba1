// G3v028 American Express additional data — EIS 1080 v17.6 §5.2.24, Tables 5.52/5.53 (L5029-5044).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.52. */
export const v028Request: readonly FieldSpec[] = [
  fs('amexAdditionalData', 'Amex Additional Data', 16, 301, 'alphanumeric', '6.16'),
];

/** Table 5.53: the version number alone. */
export const v028Response: readonly FieldSpec[] = [];

export const v028: GroupIIIVersionSpec = {
  version: '028',
  title: 'American Express additional data',
  reference: 'EIS 1080 v17.6 \u00a75.2.24, Tables 5.52-5.53, L5029-5044',
  status: 'active',
  request: [{ table: 'Table 5.52', fields: v028Request }],
  response: [{ table: 'Table 5.53', fields: v028Response }],
  note: 'Amex ITD/APD data (\u00a76.16); carried as one string.',
};
