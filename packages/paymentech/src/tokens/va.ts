// Token VA, Visa 3-D Secure CAVV as 40 hex characters (20 bytes; AM-NC add_cavv/format_cavv).
import type { TokenDefinition } from './token.js';

export const VA_TOKEN: TokenDefinition = {
  id: 'VA',
  key: 'va',
  label: 'Visa CAVV',
  fields: [{ name: 'cavv', label: 'CAVV (hex)', length: 40, format: 'hex' }],
};
