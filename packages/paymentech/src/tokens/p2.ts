// Token P2, 26 characters in AM-NC (`62A0000000000000` + `0840102048`); meaning not public, kept as sent.
import type { TokenDefinition } from './token.js';

export const P2_TOKEN: TokenDefinition = {
  id: 'P2',
  key: 'p2',
  label: 'terminal capabilities (meaning not public)',
  fields: [{ name: 'data', label: 'P2 data', rest: true, min: 1, max: 64 }],
};
