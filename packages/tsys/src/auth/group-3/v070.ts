// G3v070 Payment Specific Data — EIS 1080 v17.6 §5.2.66, Tables 5.136/5.137 (L6588-6609).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.136. */
export const v070Request: readonly FieldSpec[] = [
  fs('paymentAccountReference', 'Payment Account Reference', 0, 35, 'alphanumeric', '6.144'),
  fs('panReferenceIdentifier', 'PAN Reference Identifier', 0, 35, 'alphanumeric', '6.142'),
];

/** Table 5.137. */
export const v070Response: readonly FieldSpec[] = [
  fs('paymentAccountReference', 'Payment Account Reference', 0, 35, 'alphanumeric', '6.144'),
  fs('panReferenceIdentifier', 'PAN Reference Identifier', 0, 35, 'alphanumeric', '6.142'),
];

export const v070: GroupIIIVersionSpec = {
  version: '070',
  title: 'Payment Specific Data',
  reference: 'EIS 1080 v17.6 \u00a75.2.66, Tables 5.136-5.137, L6588-6609',
  status: 'active',
  request: [{ table: 'Table 5.136', fields: v070Request }],
  response: [{ table: 'Table 5.137', fields: v070Response }],
};
