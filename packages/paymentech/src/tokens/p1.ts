// Token P1, vendor id (4) + software id (4) + a 20-character field (AM-NC add_p1p2; ids are assigned at certification).
import type { TokenDefinition } from './token.js';

export const P1_TOKEN: TokenDefinition = {
  id: 'P1',
  key: 'p1',
  label: 'vendor and software identification',
  fields: [
    { name: 'vendorId', label: 'vendor id', length: 4, pad: 'none' },
    { name: 'softwareId', label: 'software id', length: 4, pad: 'none' },
    { name: 'softwareData', label: '20-character field (meaning not public)', length: 20 },
  ],
};
