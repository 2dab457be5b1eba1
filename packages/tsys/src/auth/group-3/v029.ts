// G3v029 Extended AVS data — EIS 1080 v17.6 §5.2.25, Tables 5.54/5.55 (L5046-5166).

import type { FieldSpec } from '@paywire/core';
import { emptyFs, fs, fsZeroOr } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.54. */
export const v029Request: readonly FieldSpec[] = [
  fs('cardholderBillingPostalCode', 'Cardholder Billing Postal Code', 5, 9, 'alphanumeric', '6.87.1'),
  fs('cardholderBillingAddress', 'Cardholder Billing (Street) Address', 0, 20, 'alphanumeric', '6.87.2'),
  emptyFs('cardholderBillingCity', 'Cardholder Billing City (future use)', '6.87.3'),
  emptyFs('cardholderBillingStateProvince', 'Cardholder Billing State/Province (future use)', '6.87.4'),
  emptyFs('cardholderBillingCountryCode', 'Cardholder Billing Country Code (future use)', '6.87.5'),
  fs('cardholderBillingFirstName', 'Cardholder Billing First Name', 0, 35, 'alphanumeric', '6.87.6'),
  fs('cardholderBillingLastName', 'Cardholder Billing Last Name', 0, 35, 'alphanumeric', '6.87.7'),
  fs('cardholderBillingPhoneNumber', 'Cardholder Billing Phone Number', 0, 10, 'numeric', '6.87.8'),
  fs('shipToPostalCode', 'Ship-to Postal Code', 0, 9, 'alphanumeric', '6.87.9'),
  fs('shipToAddress', 'Ship-to Address', 0, 50, 'alphanumeric', '6.87.10'),
  emptyFs('shipToCity', 'Ship-to City (future use)', '6.87.11'),
  emptyFs('shipToStateProvince', 'Ship-to State/Province (future use)', '6.87.12'),
  fsZeroOr('shipToCountryCode', 'Ship-to Country Code', 3, 'numeric', '6.87.13'),
  fs('shipToFirstName', 'Ship-to First Name', 0, 15, 'alpha', '6.87.14'),
  fs('shipToLastName', 'Ship-to Last Name', 0, 30, 'alpha', '6.87.15'),
  fs('shipToPhoneNumber', 'Ship-to Phone Number', 0, 10, 'numeric', '6.87.16'),
];

/** Table 5.55: the version number alone. */
export const v029Response: readonly FieldSpec[] = [];

export const v029: GroupIIIVersionSpec = {
  version: '029',
  title: 'Extended AVS data',
  reference: 'EIS 1080 v17.6 \u00a75.2.25, Tables 5.54-5.55, L5046-5166',
  status: 'active',
  request: [{ table: 'Table 5.54', fields: v029Request }],
  response: [{ table: 'Table 5.55', fields: v029Response }],
  note: 'Amex extended AVS and Discover cardholder names. The billing postal code is required; the city/state/country fields are future use and stay empty. Send an empty G3v048 with it to get the verification results.',
};
