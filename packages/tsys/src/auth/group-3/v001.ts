// G3v001 Commercial card — EIS 1080 v17.6 §5.2.4, Tables 5.11/5.12 (L4443-4457); values §6.59-6.60.

import type { FieldSpec } from '@paywire/core';
import { fixed, last } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.59: the only request indicator the spec defines. */
export const commercialCardRequestIndicators: Readonly<Record<string, string>> = {
  '!010': 'Return the commercial card response indicator',
};

/** Table 6.37 Commercial card response indicator. */
export const commercialCardResponseIndicators: Readonly<Record<string, string>> = {
  B: 'Business card',
  D: 'Visa Commerce (reserved for future use)',
  L: 'Card eligible for B2B settlement match edits',
  R: 'Corporate card',
  S: 'Purchasing card',
  '0': 'Non-commercial card',
  ' ': 'Invalid request indicator received',
};

/** Table 5.11 (Visa and Mastercard only). */
export const v001Request: readonly FieldSpec[] = [
  fixed('commercialCardRequestIndicator', 'Commercial Card Request Indicator', 4, 'alphanumeric', '6.59', {
    values: commercialCardRequestIndicators,
    default: '!010',
  }),
];

/** Table 5.12. */
export const v001Response: readonly FieldSpec[] = [
  last(
    'commercialCardResponseIndicator',
    'Commercial Card Response Indicator',
    0,
    1,
    'alphanumeric',
    '6.60',
    {
      values: commercialCardResponseIndicators,
      openValues: true,
    },
  ),
];

export const v001: GroupIIIVersionSpec = {
  version: '001',
  title: 'Commercial card',
  reference: 'EIS 1080 v17.6 §5.2.4, Tables 5.11-5.12, L4443-4457',
  status: 'active',
  request: [{ table: 'Table 5.11', fields: v001Request }],
  response: [{ table: 'Table 5.12', fields: v001Response }],
  note: 'Visa and Mastercard only. The request indicator defaults to !010.',
};
