// G3v009 Set e-Commerce — EIS 1080 v17.6 §5.2.7, Tables 5.17/5.18 (L4496-4514).

import type { FieldSpec } from '@paywire/core';
import { fixed, fs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.17. */
export const v009Request: readonly FieldSpec[] = [
  fsZeroOr(
    'cardholderCertificateSerialNumber',
    'Cardholder Certificate Serial Number',
    32,
    'alphanumeric',
    '6.48',
  ),
  fs('merchantCertificateSerialNumber', 'Merchant Certificate Serial Number', 1, 32, 'alphanumeric', '6.121'),
  fixed('xid', 'XID', 40, 'alphanumeric', '6.220'),
  fixed('transtain', 'Transtain', 40, 'alphanumeric', '6.210'),
];

/** Table 5.18: the version number alone. */
export const v009Response: readonly FieldSpec[] = [];

export const v009: GroupIIIVersionSpec = {
  version: '009',
  title: 'Set e-Commerce',
  reference: 'EIS 1080 v17.6 \u00a75.2.7, Tables 5.17-5.18, L4496-4514',
  status: 'active',
  request: [{ table: 'Table 5.17', fields: v009Request }],
  response: [{ table: 'Table 5.18', fields: v009Response }],
};
