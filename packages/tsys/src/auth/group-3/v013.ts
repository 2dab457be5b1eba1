// G3v013 Electronic Benefits Transfer — EIS 1080 v17.6 §5.2.10, Tables 5.23/5.24 (L4577-4594).

import type { FieldSpec } from '@paywire/core';
import { fsZeroOr, lastZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.23. */
export const v013Request: readonly FieldSpec[] = [
  fsZeroOr('fcsId', 'FCS ID', 7, 'alphanumeric', '6.88'),
  fsZeroOr('electronicVoucherSerialNumber', 'Electronic Voucher Serial Number', 15, 'alphanumeric', '6.78'),
  lastZeroOr('voucherApprovalCode', 'Voucher Approval Code', 6, 'alphanumeric', '6.219'),
];

/** Table 5.24. */
export const v013Response: readonly FieldSpec[] = [
  lastZeroOr('availableBalance', 'Available Balance', 12, 'numeric', '6.31'),
];

export const v013: GroupIIIVersionSpec = {
  version: '013',
  title: 'Electronic Benefits Transfer',
  reference: 'EIS 1080 v17.6 \u00a75.2.10, Tables 5.23-5.24, L4577-4594',
  status: 'active',
  request: [{ table: 'Table 5.23', fields: v013Request }],
  response: [{ table: 'Table 5.24', fields: v013Response }],
};
