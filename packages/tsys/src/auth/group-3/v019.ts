// G3v019 Mastercard universal cardholder authentication field — EIS 1080 v17.6 §5.2.15, Tables 5.33/5.34 (L4696-4712).

import type { FieldSpec } from '@paywire/core';
import { fixed, fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** §6.212 UCAF collection indicator. */
export const ucafCollectionIndicators: Readonly<Record<string, string>> = {
  '0': 'UCAF not supported, or SecureCode not used on this transaction',
  '1': 'UCAF supported; attempted AAV present',
  '2': 'UCAF supported; fully authenticated AAV present',
  '3': 'UCAF supported; static AAV present',
  '5': 'Issuer risk-based decisioning',
  '6': 'Merchant risk-based decisioning',
  '7': 'Partial shipment, incremental or recurring payment (no UCAF data needed)',
};

/** Table 5.33. */
export const v019Request: readonly FieldSpec[] = [
  fixed('ucafCollectionIndicator', 'UCAF Collection Indicator', 1, 'numeric', '6.212', {
    values: ucafCollectionIndicators,
  }),
  fs('ucafAuthenticationData', 'UCAF Authentication Data', 0, 32, 'alphanumeric', '6.211'),
];

/** Table 5.34: the version number alone. */
export const v019Response: readonly FieldSpec[] = [];

export const v019: GroupIIIVersionSpec = {
  version: '019',
  title: 'Mastercard universal cardholder authentication field',
  reference: 'EIS 1080 v17.6 \u00a75.2.15, Tables 5.33-5.34, L4696-4712',
  status: 'active',
  request: [{ table: 'Table 5.33', fields: v019Request }],
  response: [{ table: 'Table 5.34', fields: v019Response }],
  note: 'Mastercard credit only.',
};
