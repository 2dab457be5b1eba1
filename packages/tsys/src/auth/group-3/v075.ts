// G3v075 Mastercard Service Parameters — EIS 1080 v17.6 §5.2.71, Tables 5.146/5.147 (L6702-6730).

import type { FieldSpec } from '@paywire/core';
import { fixedFs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.146 / §6.35: the only value. */
export const canadaDomesticIndicators: Readonly<Record<string, string>> = {
  Y: 'Canada domestic transaction',
};

/** Table 5.146. */
export const v075Request: readonly FieldSpec[] = [
  fixedFs('canadaDomesticIndicator', 'Canada Domestic Indicator', 1, 'alphanumeric', '6.35', {
    values: canadaDomesticIndicators,
  }),
];

/** Table 5.147: the version number alone. */
export const v075Response: readonly FieldSpec[] = [];

export const v075: GroupIIIVersionSpec = {
  version: '075',
  title: 'Mastercard Service Parameters',
  reference: 'EIS 1080 v17.6 \u00a75.2.71, Tables 5.146-5.147, L6702-6730',
  status: 'active',
  request: [{ table: 'Table 5.146', fields: v075Request }],
  response: [{ table: 'Table 5.147', fields: v075Response }],
  note: 'Every credit transaction of merchants that accept Canada-issued Debit Mastercard.',
};
