// EIS 1080 §5.2.1 Group I: request Table 5.5 (64-byte fixed part + FS tail), response Table 5.6
// (67-byte fixed part + TID/validation tail). Field definitions in chapter 6 as cited per field.

import { compileRecord, type FieldSpec, FS } from '@paywire/core';
import { accountDataSources, isKeyedSource } from './codes/account-data-source.js';
import { applicationTypes } from './codes/application-type.js';
import { authorizationSourceCodes } from './codes/authorization-source.js';
import { avsResultCodes } from './codes/avs-result.js';
import {
  cardholderIdentificationCodes,
  PIN_CARDHOLDER_ID_CODES,
} from './codes/cardholder-identification-code.js';
import { deviceCodesLenient } from './codes/device-code.js';
import { industryCodes } from './codes/industry-code.js';
import { languageIndicators } from './codes/language-indicator.js';
import {
  marketSpecificDataIdentifiers,
  prestigiousPropertyIndicators,
} from './codes/market-specific-data.js';
import { oneCharTest } from './codes/one-char-set.js';
import { requestRecordFormats, responseRecordFormats } from './codes/record-format.js';
import { responseCodes } from './codes/response-code.js';
import { requestAciByteCodes, returnedAciCodes } from './codes/returned-aci.js';
import { checkTimeZoneDifferential } from './codes/time-zone-differential.js';
import { transactionCodes } from './codes/transaction-code.js';
import { digitPair, isDigits } from './digits.js';
import { FAMILY } from './errors.js';

const { V: _confirmation, ...groupIRequestFormats } = requestRecordFormats;

function checkMonthDay(text: string): string | undefined {
  const mm = digitPair(text, 0);
  const dd = digitPair(text, 2);
  if (mm < 1 || mm > 12) return 'month must be 01-12';
  if (dd < 1 || dd > 31) return 'day must be 01-31';
  return undefined;
}

function checkTime(text: string): string | undefined {
  if (digitPair(text, 0) > 23 || digitPair(text, 2) > 59 || digitPair(text, 4) > 59) {
    return 'must be a valid HHMMSS time';
  }
  return undefined;
}

/** MMDDYY (§6.111). */
export function checkMmddyy(text: string): string | undefined {
  return isDigits(text, 6) ? checkMonthDay(text) : 'must be MMDDYY';
}

/** HHMMSS (§6.112). */
export function checkHhmmss(text: string): string | undefined {
  return isDigits(text, 6) ? checkTime(text) : 'must be HHMMSS';
}

/** MMYY card expiry (§6.70.3), empty allowed in the low-level record. */
function checkMmyy(text: string): string | undefined {
  if (text === '') return undefined;
  if (!isDigits(text, 4)) return 'must be MMYY';
  const mm = digitPair(text, 0);
  return mm >= 1 && mm <= 12 ? undefined : 'month must be 01-12';
}

const whenKeyed = (r: Readonly<Record<string, unknown>>): boolean => isKeyedSource(r.accountDataSource);
const whenTrack = (r: Readonly<Record<string, unknown>>): boolean => !isKeyedSource(r.accountDataSource);
const isPinCode = oneCharTest(PIN_CARDHOLDER_ID_CODES);
const whenPin = (r: Readonly<Record<string, unknown>>): boolean => isPinCode(r.cardholderIdentificationCode);
const whenNotPin = (r: Readonly<Record<string, unknown>>): boolean => !whenPin(r);

/** §6.116 market specific data `PIDD` (Table 6.50). */
export const marketSpecificDataFields: readonly FieldSpec[] = [
  {
    name: 'prestigiousIndicator',
    label: 'Prestigious property indicator',
    spec: '§6.116.1',
    length: 1,
    pad: 'none',
    values: prestigiousPropertyIndicators,
  },
  {
    name: 'identifier',
    label: 'Market specific data identifier',
    spec: '§6.116.2',
    length: 1,
    pad: 'none',
    values: marketSpecificDataIdentifiers,
  },
  { name: 'duration', label: 'Stay or rental duration', spec: '§6.116.3', length: 2, format: 'numeric' },
];

/** §6.36 card acceptor data (Table 6.19): name 25, city or service phone 13, state 2. */
export const cardAcceptorDataFields: readonly FieldSpec[] = [
  { name: 'merchantName', label: 'Merchant name', spec: '§6.36.1', length: 25 },
  { name: 'merchantCity', label: 'Merchant city / service phone', spec: '§6.36.2', length: 13 },
  { name: 'merchantState', label: 'Merchant state', spec: '§6.36.3', length: 2 },
];

/** Approval code (§6.24), local transaction date (§6.111) and time (§6.112), in this order in both tables that carry them. */
const approvalDateTimeFields: readonly FieldSpec[] = [
  { name: 'approvalCode', label: 'Approval code', spec: '§6.24', length: 6 },
  {
    name: 'localTransactionDate',
    label: 'Local transaction date (MMDDYY)',
    spec: '§6.111',
    length: 6,
    format: 'numeric',
    check: checkMmddyy,
  },
  {
    name: 'localTransactionTime',
    label: 'Local transaction time (HHMMSS)',
    spec: '§6.112',
    length: 6,
    format: 'numeric',
    check: checkHhmmss,
  },
];

/** §6.166 reversal and cancel data I: approval code, local date, local time, RRN of the original. */
export const reversalAndCancelDataIFields: readonly FieldSpec[] = [
  ...approvalDateTimeFields,
  { name: 'retrievalReferenceNumber', label: 'Retrieval reference number', spec: '§6.164', length: 12 },
];

/** Group I request, Table 5.5. */
export const groupIRequestFields: readonly FieldSpec[] = [
  { name: 'recordFormat', label: 'Record format', spec: '§6.158', length: 1, values: groupIRequestFormats },
  { name: 'applicationType', label: 'Application type', spec: '§6.23', length: 1, values: applicationTypes },
  { name: 'messageDelimiter', label: 'Message delimiter', spec: '§6.135', const: '.' },
  { name: 'acquirerBin', label: 'Acquirer BIN', spec: '§6.5', length: 6, format: 'numeric' },
  { name: 'merchantNumber', label: 'Merchant number', spec: '§6.128', length: 12, format: 'numeric' },
  { name: 'storeNumber', label: 'Store number', spec: '§6.180', length: 4, format: 'numeric' },
  { name: 'terminalNumber', label: 'Terminal number', spec: '§6.189', length: 4, format: 'numeric' },
  { name: 'deviceCode', label: 'Device code', spec: '§6.73', length: 1, values: deviceCodesLenient },
  { name: 'industryCode', label: 'Industry code', spec: '§6.101', length: 1, values: industryCodes },
  { name: 'currencyCode', label: 'Currency code', spec: '§6.69', length: 3, format: 'numeric' },
  { name: 'countryCode', label: 'Country code', spec: '§6.62', length: 3, format: 'numeric' },
  { name: 'cityCode', label: 'City code (ZIP)', spec: '§6.58', length: 9 },
  {
    name: 'languageIndicator',
    label: 'Language indicator',
    spec: '§6.110',
    length: 2,
    format: 'numeric',
    values: languageIndicators,
  },
  {
    name: 'timeZoneDifferential',
    label: 'Time zone differential',
    spec: '§6.194',
    length: 3,
    format: 'numeric',
    pad: 'none',
    check: checkTimeZoneDifferential,
  },
  {
    name: 'merchantCategoryCode',
    label: 'Merchant category code',
    spec: '§6.120',
    length: 4,
    format: 'numeric',
  },
  {
    name: 'requestedAci',
    label: 'Requested ACI (returned ACI in reversals)',
    spec: '§6.162',
    length: 1,
    pad: 'none',
    values: requestAciByteCodes,
  },
  {
    name: 'transactionSequenceNumber',
    label: 'Transaction sequence number',
    spec: '§6.206',
    length: 4,
    format: 'numeric',
  },
  {
    name: 'transactionCode',
    label: 'Transaction code',
    spec: '§6.201',
    length: 2,
    pad: 'none',
    values: transactionCodes,
  },
  {
    name: 'cardholderIdentificationCode',
    label: 'Cardholder identification code',
    spec: '§6.49',
    length: 1,
    pad: 'none',
    values: cardholderIdentificationCodes,
  },
  {
    name: 'accountDataSource',
    label: 'Account data source',
    spec: '§6.2',
    length: 1,
    pad: 'none',
    values: accountDataSources,
  },
  // customer data field §6.70: track 1/2 without sentinels, or keyed account FS MMYY FS item 3
  {
    name: 'track',
    label: 'Customer data field (track)',
    spec: '§6.70.1-2',
    terminator: FS,
    min: 1,
    max: 79,
    sensitive: 'track',
    when: whenTrack,
  },
  {
    name: 'accountNumber',
    label: 'Customer data field (keyed account)',
    spec: '§6.70.3',
    terminator: FS,
    min: 5,
    max: 28,
    sensitive: 'pan',
    when: whenKeyed,
  },
  {
    name: 'expirationDate',
    label: 'Customer data field (expiry MMYY)',
    spec: '§6.70.3',
    terminator: FS,
    max: 4,
    format: 'numeric',
    optional: true,
    check: checkMmyy,
    when: whenKeyed,
  },
  {
    name: 'customerDataItem3',
    label: 'Customer data field (third keyed item)',
    spec: '§6.70.3-5',
    terminator: FS,
    max: 19,
    optional: true,
    sensitive: 'secret',
    when: whenKeyed,
  },
  {
    name: 'pinData',
    label: 'Cardholder identification data (PIN block + KSN)',
    spec: '§6.50.1-3',
    terminator: FS,
    min: 23,
    max: 42,
    format: 'hex',
    sensitive: 'pin',
    when: whenPin,
    check: (t) =>
      t.length === 23 || t.length === 32 || t.length === 42 ? undefined : 'must be 23, 32 or 42 characters',
  },
  {
    name: 'cardholderIdentificationData',
    label: 'Cardholder identification data (AVS)',
    spec: '§6.50',
    terminator: FS,
    max: 128,
    optional: true,
    when: whenNotPin,
  },
  {
    name: 'receivingInstitutionId',
    label: 'Receiving institution ID',
    spec: '§6.157',
    terminator: FS,
    max: 6,
    format: 'numeric',
    optional: true,
    check: (t) => (t.length === 0 || t.length === 6 ? undefined : 'must be empty or 6 digits'),
  },
  {
    name: 'transactionAmount',
    label: 'Transaction amount',
    spec: '§6.199',
    terminator: FS,
    min: 1,
    max: 12,
    format: 'numeric',
  },
  {
    name: 'secondaryAmount',
    label: 'Secondary amount',
    spec: '§6.170',
    terminator: FS,
    max: 12,
    format: 'numeric',
    optional: true,
  },
  {
    name: 'marketSpecificData',
    label: 'Market specific data',
    spec: '§6.116',
    terminator: FS,
    optional: true,
    fields: marketSpecificDataFields,
  },
  {
    name: 'cardAcceptorData',
    label: 'Card acceptor data',
    spec: '§6.36',
    terminator: FS,
    optional: true,
    fields: cardAcceptorDataFields,
  },
  {
    name: 'originalTransactionId',
    label: 'Reversal, incremental, MIT transaction ID',
    spec: '§6.168',
    terminator: FS,
    max: 15,
    optional: true,
  },
  {
    name: 'reversalAndCancelDataI',
    label: 'Reversal and cancel data I',
    spec: '§6.166',
    terminator: FS,
    optional: true,
    fields: reversalAndCancelDataIFields,
  },
];

/** Group I response, Table 5.6. */
export const groupIResponseFields: readonly FieldSpec[] = [
  { name: 'recordFormat', label: 'Record format', spec: '§6.158', length: 1, values: responseRecordFormats },
  { name: 'applicationType', label: 'Application type', spec: '§6.23', length: 1, values: applicationTypes },
  { name: 'messageDelimiter', label: 'Message delimiter', spec: '§6.135', const: '.' },
  {
    name: 'returnedAci',
    label: 'Returned ACI',
    spec: '§6.165',
    length: 1,
    pad: 'none',
    values: returnedAciCodes,
    openValues: true,
  },
  { name: 'storeNumber', label: 'Store number', spec: '§6.180', length: 4, format: 'numeric' },
  { name: 'terminalNumber', label: 'Terminal number', spec: '§6.189', length: 4, format: 'numeric' },
  {
    name: 'authorizationSourceCode',
    label: 'Authorization source code',
    spec: '§6.30',
    length: 1,
    pad: 'none',
    values: authorizationSourceCodes,
    openValues: true,
  },
  {
    name: 'transactionSequenceNumber',
    label: 'Transaction sequence number',
    spec: '§6.206',
    length: 4,
    format: 'numeric',
  },
  {
    name: 'responseCode',
    label: 'Response code',
    spec: '§6.163',
    length: 2,
    pad: 'none',
    values: responseCodes,
    openValues: true,
  },
  ...approvalDateTimeFields,
  { name: 'responseText', label: 'Authorization response text', spec: '§6.29', length: 16 },
  {
    name: 'avsResultCode',
    label: 'AVS result code',
    spec: '§6.12',
    length: 1,
    pad: 'none',
    values: avsResultCodes,
    openValues: true,
  },
  { name: 'retrievalReferenceNumber', label: 'Retrieval reference number', spec: '§6.164', length: 12 },
  {
    name: 'marketSpecificDataIdentifier',
    label: 'Market specific data identifier',
    spec: '§6.116',
    length: 1,
    pad: 'none',
    values: marketSpecificDataIdentifiers,
    openValues: true,
  },
  {
    name: 'transactionIdentifier',
    label: 'Transaction identifier',
    spec: '§6.204',
    terminator: FS,
    max: 15,
    optional: true,
  },
  {
    name: 'validationCode',
    label: 'Validation code',
    spec: '§6.214',
    terminator: FS,
    max: 4,
    optional: true,
  },
];

export const groupIRequestCodec = compileRecord('tsys Group I request', groupIRequestFields, {
  family: FAMILY,
});
export const groupIResponseCodec = compileRecord('tsys Group I response', groupIResponseFields, {
  family: FAMILY,
});
