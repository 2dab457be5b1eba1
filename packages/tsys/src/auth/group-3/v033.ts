// G3v033 Reversal request/adjustment response code — EIS 1080 v17.6 §5.2.29, Tables 5.62/5.63 (L5269-5288).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.62. */
export const v033Request: readonly FieldSpec[] = [
  fixed(
    'reversalRequestAdjustmentResponseCode',
    'Reversal Request Code/Adjustment Response Code',
    2,
    'numeric',
    '6.169',
  ),
];

/** Table 5.63: the version number alone. */
export const v033Response: readonly FieldSpec[] = [];

export const v033: GroupIIIVersionSpec = {
  version: '033',
  title: 'Reversal request/adjustment response code',
  reference: 'EIS 1080 v17.6 \u00a75.2.29, Tables 5.62-5.63, L5269-5288',
  status: 'active',
  request: [{ table: 'Table 5.62', fields: v033Request }],
  response: [{ table: 'Table 5.63', fields: v033Response }],
  note: 'Mastercard only: reversal request code, or adjustment response code on AFD credit advices.',
};
