// G3v045 RESERVED Integrated Chip Card — EIS 1080 v17.6 §5.2.41, Tables 5.86/5.87 (L5524-5615).

import type { FieldSpec } from '@paywire/core';
import { fixedFs, fs, fsZeroOr } from './fields.js';
import type { GroupIIILayout, GroupIIIVersionSpec } from './types.js';

/** Table 5.86 (retired): EMV data as FS-separated fields; the comments name the EMV tag of each. */
export const v045Request: readonly FieldSpec[] = [
  fixedFs('cryptogramAmount', 'Cryptogram Amount (9F02)', 12, 'numeric', '6.63'),
  fsZeroOr(
    'authorizationRequestCryptogram',
    'Authorization Request Cryptogram (9F26)',
    16,
    'alphanumeric',
    '6.27',
  ),
  fixedFs(
    'transactionApplicationCounter',
    'Transaction Application Counter (9F36)',
    4,
    'alphanumeric',
    '6.22',
  ),
  fs('customerExclusiveData', 'Customer Exclusive Data (9F7C, Visa USA)', 0, 64, 'alphanumeric', '5.2.41'),
  fs('formFactor', 'Form Factor (9F6E)', 0, 10, 'alphanumeric', '5.2.41'),
  fixedFs('unpredictableNumber', 'Unpredictable Number (9F37)', 8, 'alphanumeric', '6.213'),
  fs('cardSequenceNumber', 'Card Sequence Number (5F34)', 0, 3, 'numeric', '6.42'),
  fsZeroOr('cryptogramInformationData', 'Cryptogram Information Data (9F27)', 2, 'hex', '6.66'),
  fs('issuerApplicationData', 'Issuer Application Data (9F10)', 0, 64, 'alphanumeric', '6.104'),
  fixedFs('terminalCountryCode', 'Terminal Country Code (9F1A)', 3, 'numeric', '6.188'),
  fsZeroOr('ifdSerialNumber', 'IFD Serial Number (9F1E)', 8, 'alphanumeric', '6.99'),
  fsZeroOr('terminalCapabilityProfile', 'Terminal Capability Profile (9F33)', 6, 'alphanumeric', '6.187'),
  fs('issuerScriptResults', 'Issuer Script Results (9F5B)', 0, 40, 'alphanumeric', '6.107'),
  fsZeroOr('applicationInterchangeProfile', 'Application Interchange Profile (82)', 4, 'hex', '6.21'),
  fsZeroOr('terminalVerificationResults', 'Terminal Verification Results (95)', 10, 'hex', '6.193'),
  fsZeroOr('cryptogramTransactionType', 'Cryptogram Transaction Type (9C)', 2, 'numeric', '6.67'),
  fixedFs('terminalTransactionTime', 'Terminal Transaction Time (9F21)', 6, 'numeric', '6.191'),
  fixedFs('terminalTransactionDate', 'Terminal Transaction Date YYMMDD (9A)', 6, 'numeric', '6.190'),
  fixedFs('cryptogramCurrencyCode', 'Cryptogram Currency Code (5F2A)', 3, 'numeric', '6.65'),
  fsZeroOr('cryptogramCashbackAmount', 'Cryptogram Cashback Amount (9F03)', 12, 'numeric', '6.64'),
  fsZeroOr(
    'cardholderVerificationMethodResults',
    'Cardholder Verification Method Results (9F34)',
    6,
    'alphanumeric',
    '6.52',
  ),
  fsZeroOr('terminalType', 'Terminal Type (9F35)', 2, 'alphanumeric', '6.192'),
  fsZeroOr(
    'transactionCategoryCode',
    'Transaction Category Code (9F53, Mastercard)',
    1,
    'alphanumeric',
    '6.200',
  ),
  fsZeroOr('secondaryPinBlock', 'Secondary PIN Block (C0, Visa)', 16, 'alphanumeric', '6.171', {
    sensitive: 'pin',
  }),
];

/** Issuer scripts a Table 5.87 response may repeat (up to 10, each followed by FS). */
export const MAX_V045_ISSUER_SCRIPTS = 10;

function responseWithScripts(count: number): FieldSpec[] {
  const scripts = Array.from({ length: count }, (_, i) =>
    fs(
      i === 0 ? 'issuerScript' : `issuerScript${i + 1}`,
      `Issuer Script ${i + 1}`,
      0,
      510,
      'alphanumeric',
      '6.106',
    ),
  );
  return [
    ...scripts,
    fs(
      'authorizationResponseCryptogram',
      'Authorization Response Cryptogram (ARPC)',
      0,
      510,
      'alphanumeric',
      '6.28',
    ),
  ];
}

/** Table 5.87 with one issuer script. */
export const v045Response: readonly FieldSpec[] = responseWithScripts(1);

/** Table 5.87 layouts for 1 to 10 issuer scripts; from 2 scripts on, `issuerScriptCount` tells them apart. */
const responseLayouts: GroupIIILayout[] = Array.from({ length: MAX_V045_ISSUER_SCRIPTS }, (_, i) =>
  i === 0
    ? { table: 'Table 5.87', fields: v045Response }
    : {
        table: 'Table 5.87',
        name: `${i + 1} issuer scripts`,
        fields: responseWithScripts(i + 1),
        tag: { issuerScriptCount: String(i + 1) },
      },
);

export const v045: GroupIIIVersionSpec = {
  version: '045',
  title: 'RESERVED Integrated Chip Card',
  reference: 'EIS 1080 v17.6 §5.2.41, Tables 5.86-5.87, L5524-5615',
  status: 'retired',
  request: [{ table: 'Table 5.86', fields: v045Request }],
  response: responseLayouts,
  note:
    'Retired 15 October 2012: use G3v055. The response issuer script may repeat up to 10 times; each copy is read as its own FS-terminated field ' +
    '(issuerScript, issuerScript2, ...), with issuerScriptCount set from 2 copies on. AIP, TVR and CID are typed NUM in the table but hold hex, so hex is accepted.',
};
