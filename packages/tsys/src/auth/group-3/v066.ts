// G3v066 Payment Facilitator — EIS 1080 v17.6 §5.2.62, Tables 5.128/5.129 (L6446-6496).

import type { FieldSpec } from '@paywire/core';
import { fs, fsZeroOr, fsZeroOrRange } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.128. */
export const v066Request: readonly FieldSpec[] = [
  fsZeroOr(
    'paymentFacilitatorMarketplaceIdentifier',
    'Payment Facilitator/Marketplace Identifier',
    11,
    'numeric',
    '6.145',
  ),
  fs(
    'paymentFacilitatorNameSubMerchantName',
    'Payment Facilitator Name*Sub-Merchant Name',
    4,
    25,
    'alphanumeric',
    '6.146',
  ),
  fsZeroOr('subMerchantIdentifier', 'Sub-Merchant Identifier', 15, 'alphanumeric', '6.183'),
  fs('subMerchantCity', 'Sub-Merchant City', 0, 13, 'alphanumeric', '6.181'),
  fsZeroOr('subMerchantStateProvinceCode', 'Sub-Merchant State/Province Code', 2, 'alphanumeric', '6.185'),
  fsZeroOr('subMerchantCountryCode', 'Sub-Merchant Country Code', 3, 'numeric', '6.182'),
  fsZeroOrRange('subMerchantPostalCode', 'Sub-Merchant Postal Code', 5, 9, 'alphanumeric', '6.184'),
];

/** Table 5.129: the version number alone. */
export const v066Response: readonly FieldSpec[] = [];

export const v066: GroupIIIVersionSpec = {
  version: '066',
  title: 'Payment Facilitator',
  reference: 'EIS 1080 v17.6 \u00a75.2.62, Tables 5.128-5.129, L6446-6496',
  status: 'active',
  request: [{ table: 'Table 5.128', fields: v066Request }],
  response: [{ table: 'Table 5.129', fields: v066Response }],
  note: 'Payment facilitators and Visa marketplaces (Mastercard, Discover, Visa credit).',
};
