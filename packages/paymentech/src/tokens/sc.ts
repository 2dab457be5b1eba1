// Token SC, Mastercard SecureCode: UCAF collection indicator + AAV as sent (AM-NC sends `2` + the AAV).
import type { TokenDefinition } from './token.js';

export const SC_TOKEN: TokenDefinition = {
  id: 'SC',
  key: 'sc',
  label: 'Mastercard UCAF',
  fields: [
    {
      name: 'ucafIndicator',
      label: 'UCAF collection indicator',
      length: 1,
      // seed UCAFCollectionIndicator
      values: {
        '0': 'UCAF not supported',
        '1': 'UCAF supported, data must be present',
        '2': 'Fully authenticated AAV included',
        '3': 'Static AAV must be present',
        '5': 'Issuer risk based decisioning',
        '6': 'Merchant risk based decisioning',
        '7': 'Partial shipment / recurring payment',
      },
      openValues: true,
    },
    { name: 'aav', label: 'AAV (base64)', rest: true, max: 64, optional: true },
  ],
};
