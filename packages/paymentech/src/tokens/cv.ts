// Token CV, card verification data (AM-NC add_cvv; AM-NC-T asserts `CVPI1VF3123` and `CVPI9`).
import type { TokenDefinition } from './token.js';

export const CV_TOKEN: TokenDefinition = {
  id: 'CV',
  key: 'cv',
  label: 'card verification value',
  fields: [
    { name: 'presenceTag', const: 'PI', label: 'presence indicator tag' },
    {
      name: 'presence',
      label: 'CVV presence',
      length: 1,
      values: { '1': 'Value present', '9': 'No value provided' },
      openValues: true,
    },
    { name: 'valueTag', const: 'VF', label: 'value tag', when: (r) => r.presence === '1' },
    {
      name: 'value',
      label: 'CVV value',
      lengthPrefix: 1,
      min: 3,
      max: 4,
      format: 'numeric',
      sensitive: 'cvv',
      when: (r) => r.presence === '1',
    },
  ],
};
