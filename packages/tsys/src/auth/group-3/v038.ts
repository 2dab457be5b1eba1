// G3v038 Electro-magnetic signature — EIS 1080 v17.6 §5.2.34, Tables 5.72/5.73 (L5376-5390).

import type { FieldSpec } from '@paywire/core';
import { fixed } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.72. */
export const v038Request: readonly FieldSpec[] = [
  fixed('electroMagneticSignature', 'Electro Magnetic Signature', 128, 'hex', '6.76', {
    sensitive: 'secret',
  }),
];

/** Table 5.73: the version number alone. */
export const v038Response: readonly FieldSpec[] = [];

export const v038: GroupIIIVersionSpec = {
  version: '038',
  title: 'Electro-magnetic signature',
  reference: 'EIS 1080 v17.6 \u00a75.2.34, Tables 5.72-5.73, L5376-5390',
  status: 'active',
  request: [{ table: 'Table 5.72', fields: v038Request }],
  response: [{ table: 'Table 5.73', fields: v038Response }],
  note: 'Magnetic stripe signature, passed through; masked in traces.',
};
