// G3v055 Integrated Chip Card (ICC) EMV — EIS 1080 v17.6 §5.2.51, Tables 5.104/5.105 (L5927-5967).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.104. */
export const v055Request: readonly FieldSpec[] = [
  fs('tlvData', 'TLV Data', 6, 255, 'hex', '6.195', { sensitive: 'secret' }),
];

/** Table 5.105. */
export const v055Response: readonly FieldSpec[] = [
  fs('tlvData', 'TLV Data', 6, 255, 'hex', '6.195', { sensitive: 'secret' }),
];

export const v055: GroupIIIVersionSpec = {
  version: '055',
  title: 'Integrated Chip Card (ICC) EMV',
  reference: 'EIS 1080 v17.6 \u00a75.2.51, Tables 5.104-5.105, L5927-5967',
  status: 'active',
  request: [{ table: 'Table 5.104', fields: v055Request }],
  response: [{ table: 'Table 5.105', fields: v055Response }],
  note: 'EMV tags as hex characters (two per byte); requests must carry tags DF79 (kernel version) and DF78 (device serial number). Masked in traces because the TLV can hold track-equivalent data.',
};
