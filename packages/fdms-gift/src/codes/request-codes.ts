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

/** Field rules of a request code; what is left out takes the usual value. */
interface Rules {
  required: readonly FieldName[];
  /** Default false. True: the card must be identified by embossed card number (70) or Track II (35). */
  card?: boolean;
  /** Default: card security and the common fields. */
  optional?: readonly FieldName[];
  /** Default true: a transport failure needs a 0704 timeout reversal. */
  reversal?: boolean;
  /** Default 'verified'. */
  evidence?: 'verified' | 'inferred';
}

function def(code: RequestCode, name: string, operation: Operation, rules: Rules): RequestCodeDef {
  return {
    code,
    name,
    operation,
    required: rules.required,
    card: rules.card ?? false,
    optional: [...new Set(rules.optional ?? [...SECURITY, ...COMMON])],
    reversalRequired: rules.reversal ?? true,
    evidence: rules.evidence ?? 'verified',
  };
}

/** The three history requests (2410, 2411, 2413). */
const HISTORY: Rules = {
  required: [...BASE, 'embossedCardNumber', 'historyFormat'],
  optional: ['firstTransactionNumber', 'transactionCount', ...SECURITY, ...COMMON],
  reversal: false,
};
/** Virtual card activations (2102, 2107, 2108): no card to identify, a promotion code required. */
const VIRTUAL_ACTIVATION: Rules = {
  required: [...BASE, 'promotionCode'],
  optional: [...ACTIVATION_EXTRA, 'merchantKeyId', ...COMMON],
};

/** Every request code the sources list, with its field rules. */
export const REQUEST_CODES: readonly RequestCodeDef[] = [
  // 0704 carries F6 plus every field of the request it reverses.
  def('0704', 'Timeout Reversal', 'reversal', {
    required: ['originalTransactionRequest'],
    optional: [],
    reversal: false,
  }),
  def('2003', 'Freeze Active Card', 'status', { required: [...BASE, 'embossedCardNumber'] }),
  def('2004', 'Close Account', 'status', {
    required: [...BASE, 'embossedCardNumber'],
    optional: ['removeBalance', ...SECURITY, ...COMMON],
  }),
  def('2010', 'Assign Merchant Working Key', 'working-key', {
    required: [
      'localTransactionTime',
      'localTransactionDate',
      'merchantTerminalId',
      'workingKey',
      'sourceCode',
      'merchantKeyId',
    ],
    optional: COMMON,
    reversal: false,
  }),
  def('2016', 'Unfreeze Active Card', 'status', { required: [...BASE, 'embossedCardNumber'] }),
  def('2101', 'Activation', 'activation', {
    required: BASE,
    card: true,
    optional: [...ACTIVATION_EXTRA, ...SECURITY, ...COMMON],
    evidence: 'inferred',
  }),
  def('2102', 'Activate Virtual Card', 'activation', VIRTUAL_ACTIVATION),
  def('2104', 'Activate Physical Card', 'activation', {
    required: [...BASE, 'embossedCardNumber'],
    optional: [...ACTIVATION_EXTRA, ...SECURITY, ...COMMON],
  }),
  def('2107', 'Virtual Card Activation with SCV and Provisioning', 'activation', VIRTUAL_ACTIVATION),
  def('2108', 'Virtual Card Activation with EAN and Provisioning', 'activation', VIRTUAL_ACTIVATION),
  def('2201', 'Redemption Unlock', 'redemption', { required: [...BASE, 'transactionAmount'], card: true }),
  def('2202', 'Redemption', 'redemption', { required: [...BASE, 'transactionAmount'], card: true }),
  def('2208', 'Redemption Unlock with Multi-Lock', 'redemption', {
    required: [...BASE, 'transactionAmount', 'localLockId'],
    card: true,
  }),
  def('2300', 'Reload', 'reload', { required: [...BASE, 'transactionAmount', 'embossedCardNumber'] }),
  def('2301', 'Reload Merchant Specific', 'reload', {
    required: [...BASE, 'transactionAmount', 'embossedCardNumber'],
  }),
  def('2400', 'Balance Inquiry', 'balance', {
    required: BASE,
    card: true,
    optional: ['transactionAmount', ...SECURITY, ...COMMON],
    reversal: false,
  }),
  def('2408', 'Balance Inquiry with Multi-Lock', 'balance', {
    required: BASE,
    card: true,
    optional: ['transactionAmount', ...SECURITY, ...COMMON],
  }),
  def('2410', 'Transaction History', 'history', HISTORY),
  def('2411', 'Recent Transaction History (6 months)', 'history', HISTORY),
  def('2413', 'Activation and Reload History', 'history', HISTORY),
  def('2495', 'Mobile Wallet Provisioning', 'provisioning', {
    required: ['localTransactionTime', 'localTransactionDate', 'merchantTerminalId'],
    card: true,
    optional: ['sourceCode', ...SECURITY, ...COMMON],
    reversal: false,
  }),
  def('2496', 'Remove Mobile Wallet Provisioning', 'provisioning', {
    required: ['localTransactionTime', 'localTransactionDate', 'merchantTerminalId'],
    card: true,
    optional: ['sourceCode', ...SECURITY, ...COMMON],
    reversal: false,
  }),
  def('2600', 'Cash Out', 'cash-out', { required: BASE, card: true }),
  // 2700 appears only in the history request-code buckets; its field list mirrors the reload.
  def('2700', 'Refund', 'refund', {
    required: [...BASE, 'transactionAmount', 'embossedCardNumber'],
    evidence: 'inferred',
  }),
  def('2800', 'Void of Redemption', 'void', { required: [...BASE, 'transactionAmount'], card: true }),
  def('2801', 'Void of Reload/Refund', 'void', {
    required: [...BASE, 'transactionAmount', 'embossedCardNumber'],
  }),
  def('2802', 'Void of Activation', 'void', {
    required: [...BASE, 'transactionAmount', 'embossedCardNumber'],
  }),
  def('2808', 'Void of Redemption with Multi-Lock', 'void', {
    required: [...BASE, 'transactionAmount', 'localLockId'],
    card: true,
  }),
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
