// G3v034 Card product code — EIS 1080 v17.6 §5.2.30, Tables 5.64/5.65 (L5290-5316); §6.41, Appendix B.

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.64: the version number alone (asks for the product code). */
export const v034Request: readonly FieldSpec[] = [];

/** Table 5.65: Visa's 2-character card product code (Appendix B), e.g. `A ` or `J3`; empty when zero. */
export const v034Response: readonly FieldSpec[] = [
  fsZeroOr('cardProductCode', 'Card Product Code', 2, 'alphanumeric', '6.41'),
];

export const v034: GroupIIIVersionSpec = {
  version: '034',
  title: 'Card product code',
  reference: 'EIS 1080 v17.6 §5.2.30, Tables 5.64-5.65, L5290-5316; §6.41',
  status: 'active',
  request: [{ table: 'Table 5.64', fields: v034Request }],
  response: [{ table: 'Table 5.65', fields: v034Response }],
  note: 'Visa. Codes are 2 characters and keep a trailing space (`A `), as the host sends them.',
};
