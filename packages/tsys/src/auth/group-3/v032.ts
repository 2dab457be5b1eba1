// G3v032 Currency conversion data — EIS 1080 v17.6 §5.2.28, Tables 5.60/5.61 (L5226-5267).

import type { FieldSpec } from '@paywire/core';
import { fs } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.60: the version number alone (asks for the conversion data). */
export const v032Request: readonly FieldSpec[] = [];

/** Table 5.61: ten FS-terminated fields, each may be empty. */
export const v032Response: readonly FieldSpec[] = [
  fs('cardholderBillingAmount', 'Cardholder Billing Amount', 0, 12, 'numeric', '6.45'),
  fs('settlementConversionRate', 'Settlement Conversion Rate', 0, 8, 'numeric', '6.174'),
  fs('cardholderBillingConversionRate', 'Cardholder Billing Conversion Rate', 0, 8, 'numeric', '6.46'),
  fs('conversionDate', 'Conversion Date (MMDD)', 0, 4, 'numeric', '6.61'),
  fs('acquirerTransactionCurrencyCode', 'Acquirer Transaction Currency Code', 0, 3, 'numeric', '6.6'),
  fs('settlementCurrencyCode', 'Settlement Currency Code', 0, 3, 'numeric', '6.175'),
  fs('cardholderBillingCurrencyCode', 'Cardholder Billing Currency Code', 0, 3, 'numeric', '6.47'),
  fs('actualAmountTransaction', 'Actual Amount, Transaction', 0, 12, 'numeric', '6.9'),
  fs('reserved1', 'Reserved', 0, 12, 'numeric', '5.2.28'),
  fs('reserved2', 'Reserved', 0, 12, 'numeric', '5.2.28'),
];

export const v032: GroupIIIVersionSpec = {
  version: '032',
  title: 'Currency conversion data',
  reference: 'EIS 1080 v17.6 §5.2.28, Tables 5.60-5.61, L5226-5267',
  status: 'active',
  request: [{ table: 'Table 5.60', fields: v032Request }],
  response: [{ table: 'Table 5.61', fields: v032Response }],
};
