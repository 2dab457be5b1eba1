// G3v064 Mastercard Wallet Identifier — EIS 1080 v17.6 §5.2.60, Tables 5.124/5.125 (L6406-6421).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.124. */
export const v064Request: readonly FieldSpec[] = [
  fixed('mastercardWalletIdentifier', 'Mastercard Wallet Identifier', 3, 'alphanumeric', '6.117'),
];

/** Table 5.125: the version number alone. */
export const v064Response: readonly FieldSpec[] = [];

export const v064: GroupIIIVersionSpec = {
  version: '064',
  title: 'Mastercard Wallet Identifier',
  reference: 'EIS 1080 v17.6 \u00a75.2.60, Tables 5.124-5.125, L6406-6421',
  status: 'active',
  request: [{ table: 'Table 5.124', fields: v064Request }],
  response: [{ table: 'Table 5.125', fields: v064Response }],
};
