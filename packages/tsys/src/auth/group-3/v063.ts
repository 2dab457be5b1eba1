// G3v063 Amex card acceptor name/location — EIS 1080 v17.6 §5.2.59, Tables 5.122/5.123 (L6345-6404).

import type { FieldSpec } from '@paywire/core';
import { fs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.122. */
export const v063Request: readonly FieldSpec[] = [
  fs('merchantIdCode', 'Merchant ID Code', 0, 20, 'numeric', '6.127'),
  fs('merchantDbaName', 'Merchant DBA Name', 0, 30, 'alphanumeric', '6.125'),
  fs('merchantStreetAddress', 'Merchant Street Address', 0, 20, 'alphanumeric', '6.132'),
  fsZeroOr('merchantPhone', 'Merchant Phone', 10, 'alphanumeric', '6.129'),
  fs('merchantEmail', 'Merchant Email', 0, 20, 'alphanumeric', '6.126'),
  fs('merchantPostalCode', 'Merchant Postal Code', 5, 10, 'alphanumeric', '6.130'),
  fsZeroOr('merchantCity', 'Merchant City', 13, 'alphanumeric', '6.122'),
  fsZeroOr('merchantRegionCode', 'Merchant Region Code', 3, 'alphanumeric', '6.124'),
  fsZeroOr('merchantCountryCode', 'Merchant Country Code', 3, 'alphanumeric', '6.123'),
  fs('paymentServiceProviderName', 'Payment Service Provider Name', 0, 20, 'alphanumeric', '6.147'),
];

/** Table 5.123: the version number alone. */
export const v063Response: readonly FieldSpec[] = [];

export const v063: GroupIIIVersionSpec = {
  version: '063',
  title: 'Amex card acceptor name/location',
  reference: 'EIS 1080 v17.6 \u00a75.2.59, Tables 5.122-5.123, L6345-6404',
  status: 'active',
  request: [{ table: 'Table 5.122', fields: v063Request }],
  response: [{ table: 'Table 5.123', fields: v063Response }],
  note: 'Replaces G3v030. Oil-company CAT merchants need merchant ID code and postal code; payment service providers (aggregators, OptBlue) need every field. City, region and country are 0 or exactly 13/3/3 characters (pad them).',
};
