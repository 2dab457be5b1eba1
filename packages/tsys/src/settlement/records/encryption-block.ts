// EIS 1081 §3.2.4 Table 3.4 — Encrypted Transmission Block record: type, 5-digit data size, base-64 block.
import type { FieldSpec } from '@paywire/core';
import { baseRecord } from './record-def.js';

export const encryptionBlockFields: readonly FieldSpec[] = [
  {
    name: 'encryptionType',
    length: 1,
    format: 'alphanumeric' as const,
    label: 'Encryption Type',
    spec: 'EIS 1081 §4.112',
    values: { V: 'Voltage encryption' },
    openValues: true,
  },
  {
    name: 'encryptedTransmissionBlock',
    lengthPrefix: 5,
    min: 1,
    format: 'alphanumeric' as const,
    label: 'Encrypted Transmission Block (size-prefixed)',
    spec: 'EIS 1081 §4.110/§4.111',
    sensitive: 'key' as const,
  },
];

export interface EncryptionBlockRecord {
  type: 'encryption-block';
  /** `V` Voltage. */
  encryptionType: string;
  /** Base-64 text; its length is written as the 5-digit Encryption Data Size. */
  encryptedTransmissionBlock: string;
}

export const encryptionBlockRecord = baseRecord<EncryptionBlockRecord>(
  'encryption-block',
  'E',
  'Encrypted Transmission Block Record',
  encryptionBlockFields,
);
