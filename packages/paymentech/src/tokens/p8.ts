// Token P8, authorization type: 2 characters, `00` by default in AM-NC (value table not public).
import type { TokenDefinition } from './token.js';

export const P8_TOKEN: TokenDefinition = {
  id: 'P8',
  key: 'p8',
  label: 'authorization type',
  fields: [{ name: 'authorizationType', label: 'authorization type', length: 2, pad: 'none' }],
};
