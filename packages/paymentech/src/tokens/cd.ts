// Token CD, customer defined data: 30 characters, space-filled (AM-NC add_cdd; seed CustomerDefinedData max 30).
import type { TokenDefinition } from './token.js';

export const CD_TOKEN: TokenDefinition = {
  id: 'CD',
  key: 'cd',
  label: 'customer defined data',
  fields: [{ name: 'customerDefinedData', label: 'customer defined data', length: 30, optional: true }],
};
