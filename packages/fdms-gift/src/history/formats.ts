// Transaction history (field D0) record layouts by history format 81-88 (notes c.6, "SVdot Appendix B").

/** A numeric item: `digits` decimal digits packed two per byte. */
export interface DigitsItem {
  readonly kind: 'digits';
  readonly name: HistoryNumberName;
  readonly digits: number;
  /** Decoded to a number (amounts) rather than kept as a digit string (ids, codes). */
  readonly amount?: boolean;
}
/** The amount sign: one raw character, `+` or `-`. */
export interface SignItem {
  readonly kind: 'sign';
}
/** Month, day, century, year, hour, minutes: one byte each. */
export interface DateTimeItem {
  readonly kind: 'datetime';
}
export type HistoryItem = DigitsItem | SignItem | DateTimeItem;

export type HistoryNumberName =
  | 'primaryMerchantNumber'
  | 'alternateMerchantNumber'
  | 'terminalNumber'
  | 'requestCode'
  | 'localCurrency'
  | 'localAmount'
  | 'amount'
  | 'balance'
  | 'lockAmount';

const d = (name: HistoryNumberName, digits: number): DigitsItem => ({ kind: 'digits', name, digits });
const amt = (name: HistoryNumberName): DigitsItem => ({ kind: 'digits', name, digits: 12, amount: true });
const SIGN: SignItem = { kind: 'sign' };
const WHEN: DateTimeItem = { kind: 'datetime' };

/**
 * Record layout per history format (field E8 in the request, repeated in the D0 header).
 * `amount` is the transaction amount in base currency, `balance` the account balance in base
 * currency after it, `lockAmount` the (local) lock amount.
 */
export const HISTORY_FORMATS: Readonly<Record<string, readonly HistoryItem[]>> = {
  '81': [d('primaryMerchantNumber', 11), d('requestCode', 4), SIGN, amt('amount'), amt('lockAmount'), WHEN],
  '82': [
    d('alternateMerchantNumber', 11),
    d('requestCode', 4),
    SIGN,
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '83': [
    d('alternateMerchantNumber', 11),
    d('terminalNumber', 4),
    d('requestCode', 4),
    SIGN,
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '84': [
    d('alternateMerchantNumber', 8),
    d('terminalNumber', 4),
    d('requestCode', 4),
    SIGN,
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '85': [
    d('primaryMerchantNumber', 11),
    d('requestCode', 4),
    SIGN,
    d('localCurrency', 3),
    amt('localAmount'),
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '86': [
    d('alternateMerchantNumber', 11),
    d('requestCode', 4),
    SIGN,
    d('localCurrency', 3),
    amt('localAmount'),
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '87': [
    d('alternateMerchantNumber', 11),
    d('terminalNumber', 4),
    d('requestCode', 4),
    SIGN,
    d('localCurrency', 3),
    amt('localAmount'),
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
  '88': [
    d('alternateMerchantNumber', 8),
    d('terminalNumber', 4),
    d('requestCode', 4),
    SIGN,
    d('localCurrency', 3),
    amt('localAmount'),
    amt('amount'),
    amt('balance'),
    amt('lockAmount'),
    WHEN,
  ],
};

/** Bytes one record of a format takes. */
export function recordLength(items: readonly HistoryItem[]): number {
  let n = 0;
  for (const it of items) n += it.kind === 'digits' ? (it.digits + 1) >> 1 : it.kind === 'sign' ? 1 : 6;
  return n;
}

/** Bytes of the D0 header: account status (2 digits), format (2 digits), base currency (3 digits). */
export const HISTORY_HEADER_LENGTH = 4;
