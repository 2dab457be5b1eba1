// G3v024 Mastercard advice code — EIS 1080 v17.6 §5.2.20, Tables 5.44/5.45 (L4956-4975).

import type { FieldSpec } from '@paywire/core';
import { fixedFs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.44: the version number alone. */
export const v024Request: readonly FieldSpec[] = [];

/** Table 5.45. */
export const v024Response: readonly FieldSpec[] = [
  fixedFs('merchantAdviceCode', 'Merchant Advice Code', 2, 'alphanumeric', '6.119'),
];

export const v024: GroupIIIVersionSpec = {
  version: '024',
  title: 'Mastercard advice code',
  reference: 'EIS 1080 v17.6 \u00a75.2.20, Tables 5.44-5.45, L4956-4975',
  status: 'active',
  request: [{ table: 'Table 5.44', fields: v024Request }],
  response: [{ table: 'Table 5.45', fields: v024Response }],
  note: 'Table 6.46 calls it Merchant Advice Code (MAC). The request is the version number alone.',
};
