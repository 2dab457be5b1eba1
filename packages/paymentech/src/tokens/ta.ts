// Token TA, "token allowed" (`TAY` in the AM-NC void request).
import type { TokenDefinition } from './token.js';

export const TA_TOKEN: TokenDefinition = {
  id: 'TA',
  key: 'ta',
  label: 'token allowed',
  fields: [{ name: 'allowed', label: 'token allowed', length: 1, values: { Y: 'Yes' } }],
};
