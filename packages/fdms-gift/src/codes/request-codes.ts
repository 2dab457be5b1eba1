// SVdot transaction request codes and the fields each takes (paymentech-datawire-svdot-wire.md c.4).

import type { FieldName } from '../fields/dictionary.js';

export type RequestCode =
  | '0704'
  | '2003'
  | '2004'
  | '2010'
  | '2016'
  | '2101'
  | '2102'
  | '2104'
  | '2107'
  | '2108'
  | '2201'
  | '2202'
  | '2208'
  | '2300'
  | '2301'
  | '2400'
  | '2408'
  | '2410'
  | '2411'
  | '2413'
  | '2495'
  | '2496'
  | '2600'
  | '2700'
  | '2800'
  | '2801'
  | '2802'
  | '2808';

export type Operation =
  | 'reversal'
  | 'status'
  | 'working-key'
  | 'activation'
  | 'redemption'
  | 'reload'
  | 'refund'
  | 'balance'
  | 'history'
  | 'provisioning'
  | 'cash-out'
  | 'void';

export interface RequestCodeDef {
  readonly code: RequestCode;
  readonly name: string;
  readonly operation: Operation;
  /** Fields that must be present. */
  readonly required: readonly FieldName[];
  /** The card must be identified: embossed card number (70) or Track II (35). */
  readonly card: boolean;
  /** Fields that may be present besides the required ones. */
  readonly optional: readonly FieldName[];
  /** A transport failure leaves the outcome unknown and needs a 0704 timeout reversal. */
  readonly reversalRequired: boolean;
  /** `verified`: the code and fields were read in the public sources; `inferred`: reasoned (README). */
  readonly evidence: 'verified' | 'inferred';
}

/** Fields every request may carry (tracking, merchant data, currency, consortium ids). */
const COMMON: readonly FieldName[] = [
  'referenceNumber',
  'user1',
  'user2',
  'terminalTransactionNumber',
  'alternateMerchantNumber',
  'postDate',
  'clerkId',
  'echoBack',
  'localCurrency',
  'clientIdentifier',
  'clientIdentifierF7',
];
/** Card security: encrypted EAN with its merchant key id, or the plain SCV. */
const SECURITY: readonly FieldName[] = ['extendedAccountNumber', 'merchantKeyId', 'securityCardValue'];
const BASE: readonly FieldName[] = [
  'localTransactionTime',
  'localTransactionDate',
  'merchantTerminalId',
  'sourceCode',
];
const ACTIVATION_EXTRA: readonly FieldName[] = [
  'transactionAmount',
  'promotionCode',
  'cardAvailableDate',
  'expirationDate',
];

function def(
  code: RequestCode,
  name: string,
  operation: Operation,
  required: readonly FieldName[],
  card: boolean,
  optional: readonly FieldName[],
  reversalRequired: boolean,
  evidence: 'verified' | 'inferred' = 'verified',
): RequestCodeDef {
  return {
    code,
    name,
    operation,
    required,
    card,
    optional: [...new Set(optional)],
    reversalRequired,
    evidence,
  };
}

/** Every request code the sources list, with its field rules. */
export const REQUEST_CODES: readonly RequestCodeDef[] = [
  // 0704 carries F6 plus every field of the request it reverses.
  def('0704', 'Timeout Reversal', 'reversal', ['originalTransactionRequest'], false, [], false),
  def(
    '2003',
    'Freeze Active Card',
    'status',
    [...BASE, 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2004',
    'Close Account',
    'status',
    [...BASE, 'embossedCardNumber'],
    false,
    ['removeBalance', ...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2010',
    'Assign Merchant Working Key',
    'working-key',
    [
      'localTransactionTime',
      'localTransactionDate',
      'merchantTerminalId',
      'workingKey',
      'sourceCode',
      'merchantKeyId',
    ],
    false,
    COMMON,
    false,
  ),
  def(
    '2016',
    'Unfreeze Active Card',
    'status',
    [...BASE, 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2101',
    'Activation',
    'activation',
    BASE,
    true,
    [...ACTIVATION_EXTRA, ...SECURITY, ...COMMON],
    true,
    'inferred',
  ),
  def(
    '2102',
    'Activate Virtual Card',
    'activation',
    [...BASE, 'promotionCode'],
    false,
    [...ACTIVATION_EXTRA, 'merchantKeyId', ...COMMON],
    true,
  ),
  def(
    '2104',
    'Activate Physical Card',
    'activation',
    [...BASE, 'embossedCardNumber'],
    false,
    [...ACTIVATION_EXTRA, ...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2107',
    'Virtual Card Activation with SCV and Provisioning',
    'activation',
    [...BASE, 'promotionCode'],
    false,
    [...ACTIVATION_EXTRA, 'merchantKeyId', ...COMMON],
    true,
  ),
  def(
    '2108',
    'Virtual Card Activation with EAN and Provisioning',
    'activation',
    [...BASE, 'promotionCode'],
    false,
    [...ACTIVATION_EXTRA, 'merchantKeyId', ...COMMON],
    true,
  ),
  def(
    '2201',
    'Redemption Unlock',
    'redemption',
    [...BASE, 'transactionAmount'],
    true,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2202',
    'Redemption',
    'redemption',
    [...BASE, 'transactionAmount'],
    true,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2208',
    'Redemption Unlock with Multi-Lock',
    'redemption',
    [...BASE, 'transactionAmount', 'localLockId'],
    true,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2300',
    'Reload',
    'reload',
    [...BASE, 'transactionAmount', 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2301',
    'Reload Merchant Specific',
    'reload',
    [...BASE, 'transactionAmount', 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def('2400', 'Balance Inquiry', 'balance', BASE, true, ['transactionAmount', ...SECURITY, ...COMMON], false),
  def(
    '2408',
    'Balance Inquiry with Multi-Lock',
    'balance',
    BASE,
    true,
    ['transactionAmount', ...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2410',
    'Transaction History',
    'history',
    [...BASE, 'embossedCardNumber', 'historyFormat'],
    false,
    ['firstTransactionNumber', 'transactionCount', ...SECURITY, ...COMMON],
    false,
  ),
  def(
    '2411',
    'Recent Transaction History (6 months)',
    'history',
    [...BASE, 'embossedCardNumber', 'historyFormat'],
    false,
    ['firstTransactionNumber', 'transactionCount', ...SECURITY, ...COMMON],
    false,
  ),
  def(
    '2413',
    'Activation and Reload History',
    'history',
    [...BASE, 'embossedCardNumber', 'historyFormat'],
    false,
    ['firstTransactionNumber', 'transactionCount', ...SECURITY, ...COMMON],
    false,
  ),
  def(
    '2495',
    'Mobile Wallet Provisioning',
    'provisioning',
    ['localTransactionTime', 'localTransactionDate', 'merchantTerminalId'],
    true,
    ['sourceCode', ...SECURITY, ...COMMON],
    false,
  ),
  def(
    '2496',
    'Remove Mobile Wallet Provisioning',
    'provisioning',
    ['localTransactionTime', 'localTransactionDate', 'merchantTerminalId'],
    true,
    ['sourceCode', ...SECURITY, ...COMMON],
    false,
  ),
  def('2600', 'Cash Out', 'cash-out', BASE, true, [...SECURITY, ...COMMON], true),
  // 2700 appears only in the history request-code buckets; its field list mirrors the reload.
  def(
    '2700',
    'Refund',
    'refund',
    [...BASE, 'transactionAmount', 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
    'inferred',
  ),
  def(
    '2800',
    'Void of Redemption',
    'void',
    [...BASE, 'transactionAmount'],
    true,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2801',
    'Void of Reload/Refund',
    'void',
    [...BASE, 'transactionAmount', 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2802',
    'Void of Activation',
    'void',
    [...BASE, 'transactionAmount', 'embossedCardNumber'],
    false,
    [...SECURITY, ...COMMON],
    true,
  ),
  def(
    '2808',
    'Void of Redemption with Multi-Lock',
    'void',
    [...BASE, 'transactionAmount', 'localLockId'],
    true,
    [...SECURITY, ...COMMON],
    true,
  ),
];

/** The response indicator every SVdot answer carries after `40<FS>`. */
export const RESPONSE_INDICATOR = '0900';

/** Request codes that only appear in history records (FD4016 bucket list), with their operation. */
export const HISTORY_REQUEST_BUCKETS: Readonly<Record<string, Operation | 'adjustment'>> = (() => {
  const out: Record<string, Operation | 'adjustment'> = {};
  const add = (op: Operation | 'adjustment', codes: readonly number[]) => {
    for (const c of codes) out[String(c).padStart(4, '0')] = op;
  };
  add('activation', [18, 100, 101, 102, 103, 104, 2100, 2101, 2102, 2103, 2104, 6100, 6101]);
  add('balance', [400, 401, 402, 403, 2400, 2401]);
  add('redemption', [200, 201, 202, 2201, 2202, 2204]);
  add('reload', [300, 301, 2300, 2301, 6300, 6301]);
  add('refund', [2700]);
  add('adjustment', [460, 3460]);
  add('cash-out', [600]);
  return out;
})();

const byCode = new Map<string, RequestCodeDef>(REQUEST_CODES.map((d) => [d.code, d]));

/** The rules of a request code, or undefined for a code the sources do not list. */
export function requestCodeDef(code: string): RequestCodeDef | undefined {
  return byCode.get(code);
}

/** Name of a request code for traces ("Balance Inquiry"), or undefined. */
export function requestCodeName(code: string): string | undefined {
  return byCode.get(code)?.name;
}
