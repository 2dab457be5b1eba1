// G3v042 RESERVED Visa contactless — EIS 1080 v17.6 §5.2.38, Tables 5.80/5.81 (L5446-5476).

import type { FieldSpec } from '@paywire/core';
import { fs, fsZeroOr, fsZeroOrRange } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.80. */
export const v042Request: readonly FieldSpec[] = [
  fsZeroOr('cryptogramAmount', 'Cryptogram Amount', 12, 'numeric', '5.2.38'),
  fsZeroOr('applicationCryptogram', 'Application Cryptogram', 16, 'alphanumeric', '5.2.38'),
  fsZeroOr('transactionApplicationCounter', 'Transaction Application Counter', 4, 'alphanumeric', '5.2.38'),
  fsZeroOrRange('customerExclusiveData', 'Customer Exclusive Data', 2, 64, 'alphanumeric', '5.2.38'),
  fsZeroOrRange('formFactor', 'Form Factor', 2, 8, 'alphanumeric', '5.2.38'),
  fsZeroOrRange('issuerApplicationData', 'Issuer Application Data', 2, 64, 'alphanumeric', '5.2.38'),
  fsZeroOr('unpredictableNumber', 'Unpredictable Number', 8, 'alphanumeric', '5.2.38'),
  fs('cardSequenceNumber', 'Card Sequence Number', 0, 3, 'numeric', '5.2.38'),
];

/** Table 5.81: the version number alone. */
export const v042Response: readonly FieldSpec[] = [];

export const v042: GroupIIIVersionSpec = {
  version: '042',
  title: 'RESERVED Visa contactless',
  reference: 'EIS 1080 v17.6 \u00a75.2.38, Tables 5.80-5.81, L5446-5476',
  status: 'retired',
  request: [{ table: 'Table 5.80', fields: v042Request }],
  response: [{ table: 'Table 5.81', fields: v042Response }],
  note: 'Retired 15 October 2012: use G3v055. The table has no chapter-6 references.',
};
