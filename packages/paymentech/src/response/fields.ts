// Response FS fields 1-9 after the fixed block (AM-NC RESPONSE_FIELDS: 1 interchange, 2 auth network source, 4 optional data).
import { type FieldSpec, FS } from '@paywire/core';

const field = (name: string, label: string): FieldSpec => ({
  name,
  label,
  terminator: FS,
  max: 256,
  optional: true,
});

export const RESPONSE_FS_FIELDS: readonly FieldSpec[] = [
  field('interchange', 'interchange (meaning not public)'),
  field('authNetworkSource', 'auth network source (meaning not public)'),
  field('unknown3', 'FS field 3 (meaning not public)'),
  field('optionalData', 'optional data (meaning not public)'),
  field('unknown5', 'FS field 5 (meaning not public)'),
  field('unknown6', 'FS field 6 (meaning not public)'),
  field('unknown7', 'FS field 7 (meaning not public)'),
  field('unknown8', 'FS field 8 (meaning not public)'),
  field('unknown9', 'FS field 9 (meaning not public)'),
];
