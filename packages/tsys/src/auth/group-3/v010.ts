// G3v010 RESERVED - CCPS — EIS 1080 v17.6 §5.2.8, Tables 5.19/5.20 (L4520-4550).

import { type FieldSpec, FS } from '@paywire/core';
import { fixed, fsZeroOr, last } from './fields.js';
import type { GroupIIIVersionSpec } from './types.js';

/** Table 5.19 (reserved for future use). */
export const v010Request: readonly FieldSpec[] = [
  fixed('cardSequenceNumber', 'Card Sequence Number', 3, 'numeric', '6.42'),
  fixed('terminalCapabilityProfile', 'Terminal Capability Profile', 6, 'alphanumeric', '6.187'),
  fixed('terminalVerificationResults', 'Terminal Verification Results', 10, 'alphanumeric', '6.193'),
  fixed('unpredictableNumber', 'Unpredictable Number', 8, 'alphanumeric', '6.213'),
  fsZeroOr('interfaceDeviceSerialNumber', 'Interface Device Serial Number', 8, 'numeric', '6.102'),
  fixed('derivationKeyIndex', 'Derivation Key Index', 2, 'alphanumeric', '6.71'),
  fixed('cryptogramVersionNumber', 'Cryptogram Version Number', 2, 'alphanumeric', '6.68'),
  fixed('cardVerificationResults', 'Card Verification Results', 8, 'alphanumeric', '6.44'),
  fsZeroOr('issuerDiscretionaryData', 'Issuer Discretionary Data', 16, 'alphanumeric', '6.105'),
  fixed('authorizationRequestCryptogram', 'Authorization Request Cryptogram', 16, 'alphanumeric', '6.27'),
  fixed('applicationTransactionCounter', 'Application Transaction Counter', 4, 'alphanumeric', '6.22'),
  fixed('applicationInterchangeProfile', 'Application Interchange Profile', 4, 'alphanumeric', '6.21'),
  fixed('transactionDate', 'Transaction Date (YYMMDD)', 6, 'numeric', '6.202'),
];

/** Table 5.20 (reserved for future use). */
export const v010Response: readonly FieldSpec[] = [
  fixed('authorizationResponseCryptogram', 'Authorization Response Cryptogram', 16, 'alphanumeric', '6.28', {
    terminator: FS,
  }),
  last('issuerScript', 'Issuer Script', 0, 512, 'alphanumeric', '6.106'),
];

export const v010: GroupIIIVersionSpec = {
  version: '010',
  title: 'RESERVED - CCPS',
  reference: 'EIS 1080 v17.6 §5.2.8, Tables 5.19-5.20, L4520-4550',
  status: 'reserved',
  request: [{ table: 'Table 5.19', fields: v010Request }],
  response: [{ table: 'Table 5.20', fields: v010Response }],
  note: 'Reserved for future use (CCPS chip data). The transaction date comment is cut to "YYMMD" in the text; 6 digits YYMMDD is used.',
};
