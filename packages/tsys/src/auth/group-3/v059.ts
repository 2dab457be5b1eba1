// G3v059 Mastercard mapping service — EIS 1080 v17.6 §5.2.55, Tables 5.112/5.113 (L6059-6082).

import type { FieldSpec } from '@paywire/core';
import { fixedFs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.112: the version number alone. */
export const v059Request: readonly FieldSpec[] = [];

/** Table 5.113. */
export const v059Response: readonly FieldSpec[] = [
  fixedFs('mappedPanIndicator', 'Mapped PAN Indicator', 1, 'alphanumeric', '6.114'),
  fixedFs('mappedCardExpirationDate', 'Mapped Card Expiration Date', 4, 'numeric', '6.113'),
  fixedFs('mappedProductCode', 'Mapped Product Code', 3, 'alphanumeric', '6.115'),
];

export const v059: GroupIIIVersionSpec = {
  version: '059',
  title: 'Mastercard mapping service',
  reference: 'EIS 1080 v17.6 \u00a75.2.55, Tables 5.112-5.113, L6059-6082',
  status: 'active',
  request: [{ table: 'Table 5.112', fields: v059Request }],
  response: [{ table: 'Table 5.113', fields: v059Response }],
};
