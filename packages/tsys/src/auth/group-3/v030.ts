// G3v030 Amex merchant name/location data — EIS 1080 v17.6 §5.2.26, Tables 5.56/5.57 (L5169-5186).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.56. */
export const v030Request: readonly FieldSpec[] = [
  fs(
    'amexMerchantNameLocationData',
    'Amex Merchant Name/Location Data/Telephone Number/Email Address',
    15,
    99,
    'alphanumeric',
    '6.17',
  ),
];

/** Table 5.57: the version number alone. */
export const v030Response: readonly FieldSpec[] = [];

export const v030: GroupIIIVersionSpec = {
  version: '030',
  title: 'Amex merchant name/location data',
  reference: 'EIS 1080 v17.6 \u00a75.2.26, Tables 5.56-5.57, L5169-5186',
  status: 'obsolete',
  request: [{ table: 'Table 5.56', fields: v030Request }],
  response: [{ table: 'Table 5.57', fields: v030Response }],
  note: 'Obsolete since 17 October 2014: use G3v063.',
};
