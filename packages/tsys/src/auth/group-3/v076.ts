// G3v076 Card Brand MCC — EIS 1080 v17.6 §5.2.72, Tables 5.148/5.149 (L6734-6759).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.148: the version number alone. */
export const v076Request: readonly FieldSpec[] = [];

/** Table 5.149. */
export const v076Response: readonly FieldSpec[] = [
  fsZeroOr('merchantCategoryCode', 'Merchant Category Code', 4, 'numeric', '6.120'),
];

export const v076: GroupIIIVersionSpec = {
  version: '076',
  title: 'Card Brand MCC',
  reference: 'EIS 1080 v17.6 \u00a75.2.72, Tables 5.148-5.149, L6734-6759',
  status: 'active',
  request: [{ table: 'Table 5.148', fields: v076Request }],
  response: [{ table: 'Table 5.149', fields: v076Response }],
  note: 'Format D only; the host returns the MCC it took from the merchant profile.',
};
