// G3v052 Voltage encryption transmission block — EIS 1080 v17.6 §5.2.48, Tables 5.98/5.99 (L5796-5819).

import type { FieldSpec } from '@paywire/core';
import { fixed, fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.98. */
export const v052Request: readonly FieldSpec[] = [
  fixed('encryptionType', 'Encryption Type', 1, 'alphanumeric', '6.86'),
  fs('encryptionTransmissionBlock', 'Encryption Transmission Block (ETB)', 250, 380, 'alphanumeric', '6.85', {
    sensitive: 'key',
    check: (text) => (/^[A-Za-z0-9+/=]+$/.test(text) ? undefined : 'must be Base64 (A-Z a-z 0-9 + / =)'),
  }),
];

/** Table 5.99: the version number alone. */
export const v052Response: readonly FieldSpec[] = [];

export const v052: GroupIIIVersionSpec = {
  version: '052',
  title: 'Voltage encryption transmission block',
  reference: 'EIS 1080 v17.6 \u00a75.2.48, Tables 5.98-5.99, L5796-5819',
  status: 'active',
  request: [{ table: 'Table 5.98', fields: v052Request }],
  response: [{ table: 'Table 5.99', fields: v052Response }],
  note: 'Needs G3v049. Table 5.98 prints the version number length as 5 (a typo; it is 3). The block is masked in traces.',
};
