// Start of every card body: PIN capability, entry data source, PAN FS, expiry FS, amount FS (notes a.2; AM-NC).
import { ErrorCode, type FieldSpec, FS, formatExplicitDecimal, type RecordValues } from '@paywire/core';
import { paymentechError } from '../errors.js';
import type { AmountFormat } from './types.js';

const EXPLICIT = /^\d{1,5}\.\d{2}$/;
const IMPLIED = /^\d{1,7}$/;

export const PIN_CAPABILITY: FieldSpec = {
  name: 'pinCapability',
  label: 'PIN capability',
  length: 1,
  values: { '2': 'No PIN entry capability (card not present; inferred)' },
  openValues: true,
};

export const ENTRY_DATA_SOURCE: FieldSpec = {
  name: 'entryDataSource',
  label: 'entry data source',
  length: 2,
  format: 'numeric',
  pad: 'none',
  values: { '02': 'Manually keyed, card not present (inferred)' },
  openValues: true,
};

export const ACCOUNT_NUMBER: FieldSpec = {
  name: 'accountNumber',
  label: 'account number',
  terminator: FS,
  min: 1,
  max: 19,
  format: 'numeric',
  sensitive: 'pan',
};

export const EXPIRATION_DATE: FieldSpec = {
  name: 'expirationDate',
  label: 'expiration date (MMYY)',
  length: 4,
  pad: 'none',
  format: 'numeric',
  terminator: FS,
  check: (text) => {
    const m = Number(text.slice(0, 2));
    return m < 1 || m > 12 ? 'month must be 01-12' : undefined;
  },
  checkCode: 505,
};

/** Amount in minor units → wire text. */
export function amountText(amount: unknown, format: AmountFormat | undefined): string {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0 || amount > 9_999_999) {
    throw paymentechError(ErrorCode.OUT_OF_RANGE, 'amount', 'must be an integer number of cents, 0-9999999', {
      expected: '0-9999999',
      actual: String(amount),
    });
  }
  if (format === 'implied') return String(amount);
  if (format !== undefined && format !== 'explicit') {
    throw paymentechError(ErrorCode.INVALID_ARGUMENT, 'amountFormat', 'must be explicit or implied', {
      actual: String(format),
    });
  }
  return formatExplicitDecimal(amount, 2, 'amount');
}

export function parseAmountText(text: string): number {
  const dot = text.indexOf('.');
  return dot >= 0 ? Number(text.slice(0, dot) + text.slice(dot + 1)) : Number(text);
}

/**
 * The amount's wire text: the request gives minor units (`amount`) in `amountFormat`; a decoded
 * non-canonical form (leading zeros, kept as `amountText`) is written back as received when it
 * still says the same amount. A request without an `amount` key leaves the field absent.
 */
function amountWireValue(amount: unknown, rec: Readonly<RecordValues>): unknown {
  if (amount === undefined && !('amount' in rec)) return undefined;
  const canonical = amountText(amount, rec.amountFormat as AmountFormat | undefined);
  const kept = rec.amountText;
  return typeof kept === 'string' &&
    parseAmountText(kept) === amount &&
    kept.includes('.') === canonical.includes('.')
    ? kept
    : canonical;
}

/** Wire text of the amount: `12.00` (explicit decimal, seed) or `1200` (implied cents, AM-NC). */
export const AMOUNT: FieldSpec = {
  name: 'amount',
  label: 'transaction amount',
  terminator: FS,
  min: 1,
  max: 8,
  encodeValue: amountWireValue,
  check: (text) =>
    EXPLICIT.test(text) || IMPLIED.test(text)
      ? undefined
      : 'expected 12.00 (explicit decimal) or 1200 (implied cents)',
};

export const CARD_FIELDS: readonly FieldSpec[] = [
  PIN_CAPABILITY,
  ENTRY_DATA_SOURCE,
  ACCOUNT_NUMBER,
  EXPIRATION_DATE,
  AMOUNT,
];

/** An FS field whose meaning is not public: kept as received, never filled by the builder. */
export function unknownField(position: number): FieldSpec {
  return {
    name: `unknown${position}`,
    label: `FS field ${position} (meaning not public)`,
    terminator: FS,
    max: 256,
    optional: true,
  };
}
