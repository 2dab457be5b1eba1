// G3v046 Card type response group — EIS 1080 v17.6 §5.2.42, Tables 5.88/5.89 (L5617-5638); §6.43 T6.21.

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 6.21 card types as printed; hosts send them in their own case (`VISA`). */
export const cardTypes: readonly string[] = [
  'Visa',
  'Mastercard',
  'Amex',
  'Discover',
  'PayPal',
  'JCB',
  'Private Label',
  'Gift Card',
  'Debit',
  'EBT',
];

/** Table 5.88: the version number alone (asks for the card type). */
export const v046Request: readonly FieldSpec[] = [];

/** Table 5.89. */
export const v046Response: readonly FieldSpec[] = [
  fs('cardType', 'Card Type', 1, 20, 'alphanumeric', '6.43'),
];

export const v046: GroupIIIVersionSpec = {
  version: '046',
  title: 'Card type response group',
  reference: 'EIS 1080 v17.6 §5.2.42, Tables 5.88-5.89, L5617-5638; §6.43',
  status: 'active',
  request: [{ table: 'Table 5.88', fields: v046Request }],
  response: [{ table: 'Table 5.89', fields: v046Response }],
  note: 'Card type is free text (1-20); the captured host answers VISA where Table 6.21 prints Visa, so values are not enforced.',
};
