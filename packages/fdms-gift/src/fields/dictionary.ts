// SVdot field dictionary (paymentech-datawire-svdot-wire.md c.3: FD4016 field table [name, type, min, max]).

import { SOURCE_CODES } from '../codes/source-codes.js';
import type { FieldDef } from './types.js';

/** Every field of the SVdot Internet transaction format, in id order. */
export const FIELDS: readonly FieldDef[] = [
  { id: '01', name: 'cardInquiry', label: 'Card Inquiry', type: 'AN', min: 1, max: 234, sensitive: 'secret' },
  { id: '04', name: 'transactionAmount', label: 'Transaction Amount', type: 'N', min: 1, max: 12 },
  { id: '05', name: 'adjustmentAmount', label: 'Adjustment Amount', type: 'SN', min: 2, max: 13 },
  { id: '06', name: 'cardCost', label: 'Card Cost', type: 'N', min: 1, max: 12 },
  { id: '07', name: 'escheatableTransaction', label: 'Escheatable Transaction', type: 'AN', min: 1, max: 1 },
  { id: '08', name: 'referenceNumber', label: 'Reference Number', type: 'AN', min: 1, max: 16 },
  { id: '09', name: 'user1', label: 'User 1', type: 'AN', min: 1, max: 20 },
  { id: '10', name: 'user2', label: 'User 2', type: 'AN', min: 1, max: 20 },
  { id: '11', name: 'systemTraceNumber', label: 'System Trace Number', type: 'N', min: 6, max: 6 },
  {
    id: '12',
    name: 'localTransactionTime',
    label: 'Local Transaction Time (HHMMSS)',
    type: 'N',
    min: 6,
    max: 6,
  },
  {
    id: '13',
    name: 'localTransactionDate',
    label: 'Local Transaction Date (MMDDCCYY)',
    type: 'N',
    min: 8,
    max: 8,
  },
  {
    id: '15',
    name: 'terminalTransactionNumber',
    label: 'Terminal Transaction Number',
    type: 'AN',
    min: 1,
    max: 17,
  },
  {
    id: '16',
    name: 'cardAvailableDate',
    label: 'Card Available for Use Date (MMDDCCYY)',
    type: 'N',
    min: 8,
    max: 8,
  },
  { id: '18', name: 'sicCode', label: 'SIC Code', type: 'N', min: 4, max: 4 },
  {
    id: '31',
    name: 'targetSecurityCardValue',
    label: 'Target Security Card Value',
    type: 'N',
    min: 3,
    max: 8,
    sensitive: 'cvv',
  },
  {
    id: '32',
    name: 'securityCardValue',
    label: 'Security Card Value (SCV)',
    type: 'N',
    min: 3,
    max: 8,
    sensitive: 'cvv',
  },
  {
    id: '33',
    name: 'targetExtendedAccountNumber',
    label: 'Target Extended Account Number',
    type: 'HT',
    min: 32,
    max: 32,
    sensitive: 'key',
  },
  {
    id: '34',
    name: 'extendedAccountNumber',
    label: 'Extended Account Number (EAN, encrypted)',
    type: 'HT',
    min: 32,
    max: 32,
    sensitive: 'key',
  },
  { id: '35', name: 'track2Data', label: 'Track II Data', type: 'AN', min: 37, max: 37, sensitive: 'track' },
  {
    id: '36',
    name: 'foreignAccount',
    label: 'Foreign Account',
    type: 'AN',
    min: 9,
    max: 40,
    sensitive: 'account',
  },
  // Sources disagree: the FD4016 table says N 6..6, the seed allows 8 alphanumerics (see README).
  { id: '38', name: 'authorizationCode', label: 'Authorization Code', type: 'AN', min: 6, max: 8 },
  { id: '39', name: 'responseCode', label: 'Response Code', type: 'N', min: 2, max: 4 },
  {
    id: '40',
    name: 'sourceSecurityCode',
    label: 'Source Security Code',
    type: 'HT',
    min: 8,
    max: 32,
    sensitive: 'secret',
  },
  {
    id: '41',
    name: 'targetSecurityCode',
    label: 'Target Security Code',
    type: 'HT',
    min: 8,
    max: 32,
    sensitive: 'secret',
  },
  { id: '42', name: 'merchantTerminalId', label: 'Merchant & Terminal ID', type: 'N', min: 15, max: 15 },
  {
    id: '44',
    name: 'alternateMerchantNumber',
    label: 'Alternate Merchant Number',
    type: 'N',
    min: 1,
    max: 11,
  },
  { id: '53', name: 'postDate', label: 'Post Date (MMDDCCYY)', type: 'N', min: 8, max: 8 },
  { id: '54', name: 'cashback', label: 'Cashback', type: 'N', min: 1, max: 12 },
  { id: '62', name: 'clerkId', label: 'Clerk ID', type: 'AN', min: 1, max: 8 },
  {
    id: '63',
    name: 'workingKey',
    label: 'Working Key (encrypted key block)',
    type: 'HT',
    min: 80,
    max: 80,
    sensitive: 'key',
  },
  {
    id: '70',
    name: 'embossedCardNumber',
    label: 'Embossed Card Number',
    type: 'ZN',
    min: 10,
    max: 19,
    sensitive: 'pan',
  },
  { id: '75', name: 'previousBalance', label: 'Previous Balance', type: 'N', min: 1, max: 12 },
  { id: '76', name: 'newBalance', label: 'New Balance', type: 'N', min: 1, max: 12 },
  { id: '78', name: 'lockAmount', label: 'Lock Amount', type: 'N', min: 1, max: 12 },
  { id: '79', name: 'localLockId', label: 'Local Lock ID', type: 'N', min: 1, max: 4 },
  { id: '7F', name: 'echoBack', label: 'Echo Back', type: 'AN', min: 1, max: 26 },
  { id: '80', name: 'basePreviousBalance', label: 'Base Previous Balance', type: 'N', min: 1, max: 12 },
  { id: '81', name: 'baseNewBalance', label: 'Base New Balance', type: 'N', min: 1, max: 12 },
  { id: '82', name: 'baseLockAmount', label: 'Base Lock Amount', type: 'N', min: 1, max: 12 },
  { id: '83', name: 'baseCashback', label: 'Base Cashback', type: 'N', min: 1, max: 12 },
  { id: 'A0', name: 'expirationDate', label: 'Expiration Date (MMDDCCYY)', type: 'N', min: 8, max: 8 },
  { id: 'A2', name: 'eanExpirationDate', label: 'EAN Expiration Date', type: 'N', min: 13, max: 13 },
  { id: 'AA', name: 'accountOrigin', label: 'Account Origin', type: 'AN', min: 1, max: 1 },
  {
    id: 'AC',
    name: 'foreignAccessCode',
    label: 'Foreign Access Code',
    type: 'N',
    min: 1,
    max: 8,
    sensitive: 'password',
  },
  {
    id: 'B0',
    name: 'cardClass',
    label: 'Card Class',
    type: 'N',
    min: 1,
    max: 4,
    values: { '0': 'no card class' },
  },
  { id: 'BC', name: 'baseCurrency', label: 'Base Currency', type: 'N', min: 3, max: 3 },
  { id: 'C0', name: 'localCurrency', label: 'Local Currency', type: 'N', min: 3, max: 3 },
  { id: 'CA', name: 'clientIdentifier', label: 'Client Identifier', type: 'N', min: 1, max: 8 },
  { id: 'CE', name: 'firstTransactionNumber', label: 'First Transaction Number', type: 'SN', min: 1, max: 5 },
  { id: 'CF', name: 'transactionCount', label: 'Transaction Count', type: 'N', min: 1, max: 4 },
  {
    id: 'D0',
    name: 'transactionHistoryDetail',
    label: 'Transaction History Detail',
    type: 'FDCD',
    min: 1,
    max: 512,
  },
  { id: 'E1', name: 'callTraceInformation', label: 'Call Trace Information', type: 'AN', min: 1, max: 19 },
  { id: 'E2', name: 'accountStatus', label: 'Account Status', type: 'N', min: 1, max: 2 },
  { id: 'E7', name: 'discountedAmount', label: 'Discounted Amount', type: 'N', min: 1, max: 12 },
  { id: 'E8', name: 'historyFormat', label: 'History Format', type: 'N', min: 1, max: 2 },
  { id: 'E9', name: 'exchangeRate', label: 'Exchange Rate', type: 'N', min: 3, max: 18 },
  { id: 'EA', name: 'sourceCode', label: 'Source Code', type: 'N', min: 2, max: 3, values: SOURCE_CODES },
  { id: 'EB', name: 'count', label: 'Count', type: 'N', min: 1, max: 4 },
  {
    id: 'EC',
    name: 'transactionRecordLength',
    label: 'Transaction Record Length',
    type: 'N',
    min: 1,
    max: 3,
  },
  {
    id: 'ED',
    name: 'targetEmbossedCardNumber',
    label: 'Target Embossed Card Number',
    type: 'N',
    min: 16,
    max: 16,
    sensitive: 'pan',
  },
  { id: 'F2', name: 'promotionCode', label: 'Promotion Code', type: 'N', min: 1, max: 8 },
  { id: 'F3', name: 'merchantKeyId', label: 'Merchant Key ID', type: 'N', min: 1, max: 4 },
  {
    id: 'F4',
    name: 'fraudWatchStatus',
    label: 'Fraud/Watch/Restricted Status',
    type: 'N',
    min: 1,
    max: 2,
    values: { '0': 'reverse (remove status)', '1': 'watch', '2': 'fraud', '3': 'restricted' },
  },
  {
    id: 'F6',
    name: 'originalTransactionRequest',
    label: 'Original Transaction Request',
    type: 'N',
    min: 4,
    max: 4,
  },
  { id: 'F7', name: 'clientIdentifierF7', label: 'Client Identifier (F7)', type: 'N', min: 1, max: 8 },
  {
    id: 'FA',
    name: 'removeBalance',
    label: 'Remove Balance',
    type: 'AN',
    min: 1,
    max: 1,
    values: { Y: 'remove a non-zero balance', N: 'keep the balance' },
  },
];

/** Field names of the dictionary, for typed payload objects. */
export type FieldName =
  | 'cardInquiry'
  | 'transactionAmount'
  | 'adjustmentAmount'
  | 'cardCost'
  | 'escheatableTransaction'
  | 'referenceNumber'
  | 'user1'
  | 'user2'
  | 'systemTraceNumber'
  | 'localTransactionTime'
  | 'localTransactionDate'
  | 'terminalTransactionNumber'
  | 'cardAvailableDate'
  | 'sicCode'
  | 'targetSecurityCardValue'
  | 'securityCardValue'
  | 'targetExtendedAccountNumber'
  | 'extendedAccountNumber'
  | 'track2Data'
  | 'foreignAccount'
  | 'authorizationCode'
  | 'responseCode'
  | 'sourceSecurityCode'
  | 'targetSecurityCode'
  | 'merchantTerminalId'
  | 'alternateMerchantNumber'
  | 'postDate'
  | 'cashback'
  | 'clerkId'
  | 'workingKey'
  | 'embossedCardNumber'
  | 'previousBalance'
  | 'newBalance'
  | 'lockAmount'
  | 'localLockId'
  | 'echoBack'
  | 'basePreviousBalance'
  | 'baseNewBalance'
  | 'baseLockAmount'
  | 'baseCashback'
  | 'expirationDate'
  | 'eanExpirationDate'
  | 'accountOrigin'
  | 'foreignAccessCode'
  | 'cardClass'
  | 'baseCurrency'
  | 'localCurrency'
  | 'clientIdentifier'
  | 'firstTransactionNumber'
  | 'transactionCount'
  | 'transactionHistoryDetail'
  | 'callTraceInformation'
  | 'accountStatus'
  | 'discountedAmount'
  | 'historyFormat'
  | 'exchangeRate'
  | 'sourceCode'
  | 'count'
  | 'transactionRecordLength'
  | 'targetEmbossedCardNumber'
  | 'promotionCode'
  | 'merchantKeyId'
  | 'fraudWatchStatus'
  | 'originalTransactionRequest'
  | 'clientIdentifierF7'
  | 'removeBalance';

/** Lookup by the numeric value of the two hex digits (0x00-0xFF). */
export const FIELD_BY_CODE: readonly (FieldDef | undefined)[] = (() => {
  const table: (FieldDef | undefined)[] = new Array(256).fill(undefined);
  for (const f of FIELDS) table[Number.parseInt(f.id, 16)] = f;
  return table;
})();

const byName = new Map<string, FieldDef>(FIELDS.map((f) => [f.name, f]));
const byId = new Map<string, FieldDef>(FIELDS.map((f) => [f.id, f]));

/** Dictionary entry for a property name, or undefined. */
export function fieldByName(name: string): FieldDef | undefined {
  return byName.get(name);
}

/** Dictionary entry for a two-hex-digit id (case-insensitive), or undefined. */
export function fieldById(id: string): FieldDef | undefined {
  return byId.get(id.toUpperCase());
}

/** Property name used for a field id that is not in the dictionary, e.g. `fieldD5`. */
export function unknownFieldName(id: string): string {
  return `field${id}`;
}

/** `fieldXX` -> `XX` for names of fields outside the dictionary; undefined otherwise. */
export function unknownFieldId(name: string): string | undefined {
  return /^field[0-9A-F]{2}$/.test(name) ? name.slice(5) : undefined;
}
