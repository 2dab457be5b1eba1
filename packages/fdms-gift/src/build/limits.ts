// Limits of the FDMSGiftCard surface (seed 002: transaction_amount, transaction_number, clerk_id,
// reference_number, alternate_merchant_id, terminal_id, merchant_number).

import { GiftErrorCode, giftError } from '../errors.js';

export interface CurrencyRule {
  /** ISO 4217 alphabetic code. */
  readonly alpha: string;
  /** Digits after the implied decimal point. */
  readonly exponent: number;
  /** Most significant digits an amount may have. */
  readonly maxDigits: number;
  /** `verified`: stated by the seed (USD only); `inferred`: assumed the same as USD. */
  readonly evidence: 'verified' | 'inferred';
}

/**
 * Amount rules by ISO 4217 numeric code. The seed states 7 significant digits for US dollars
 * (max 9999999 = $99,999.99); the other currencies are the ones the public SVdot client maps
 * and are assumed to follow the same rule. Unknown currencies get the wire maximum (12 digits).
 */
export const CURRENCIES: Readonly<Record<string, CurrencyRule>> = {
  '840': { alpha: 'USD', exponent: 2, maxDigits: 7, evidence: 'verified' },
  '124': { alpha: 'CAD', exponent: 2, maxDigits: 7, evidence: 'inferred' },
  '826': { alpha: 'GBP', exponent: 2, maxDigits: 7, evidence: 'inferred' },
  '978': { alpha: 'EUR', exponent: 2, maxDigits: 7, evidence: 'inferred' },
  '756': { alpha: 'CHF', exponent: 2, maxDigits: 7, evidence: 'inferred' },
};

/** Digits of field 04 and the other amount fields on the wire. */
export const WIRE_AMOUNT_DIGITS = 12;

/** Numeric code for an alphabetic one (`USD` -> `840`); numeric codes pass through. */
export function currencyNumeric(code: string): string {
  if (/^[0-9]{3}$/.test(code)) return code;
  const upper = code.toUpperCase();
  for (const [num, rule] of Object.entries(CURRENCIES)) if (rule.alpha === upper) return num;
  throw giftError(
    GiftErrorCode.INVALID_FORMAT,
    `currencyCode: '${code}' is not a 3-digit ISO 4217 code or a known alpha code`,
    {
      field: 'currencyCode',
      actual: code,
    },
  );
}

/** Largest amount in minor units for a currency. */
export function maxAmount(currency = '840'): number {
  const digits = CURRENCIES[currencyNumeric(currency)]?.maxDigits ?? WIRE_AMOUNT_DIGITS;
  return 10 ** digits - 1;
}

/** Checks an amount in minor units: a non-negative integer within the currency's digits. */
export function checkAmount(amount: unknown, currency = '840', field = 'amount'): number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw giftError(GiftErrorCode.OUT_OF_RANGE, `${field}: must be a non-negative integer in minor units`, {
      field,
      actual: String(amount),
    });
  }
  const max = maxAmount(currency);
  if (amount > max) {
    throw giftError(
      GiftErrorCode.OUT_OF_RANGE,
      `${field}: ${amount} has more significant digits than currency ${currency} allows`,
      {
        field,
        expected: `0-${max}`,
        actual: String(amount),
      },
    );
  }
  return amount;
}

function fail(field: string, message: string, actual?: string): never {
  throw giftError(GiftErrorCode.INVALID_FORMAT, `${field}: ${message}`, { field, actual });
}

/**
 * Transaction number (terminal transaction number, field 15): at most 7 characters, digits only,
 * or 'X' followed by hex digits 0-F.
 */
export function checkTransactionNumber(value: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 7) {
    fail('transactionNumber', 'must be 1-7 characters', String(value));
  }
  if (!/^[0-9]+$/.test(value) && !/^X[0-9A-F]+$/.test(value)) {
    fail('transactionNumber', "must be digits, or 'X' followed by hex digits 0-F", value);
  }
  return value;
}

/** Clerk id (field 62): at most 8 alphanumeric characters. */
export function checkClerkId(value: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9]{1,8}$/.test(value))
    fail('clerkId', 'must be 1-8 letters or digits', String(value));
  return value;
}

/** Reference number (field 08): at most 16 alphanumeric characters, no spaces. */
export function checkReferenceNumber(value: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9]{1,16}$/.test(value)) {
    fail('referenceNumber', 'must be 1-16 letters or digits without spaces', String(value));
  }
  return value;
}

/** Alternate merchant id (field 44): at most 11 digits. */
export function checkAlternateMerchantId(value: string): string {
  if (typeof value !== 'string' || !/^[0-9]{1,11}$/.test(value))
    fail('alternateMerchantId', 'must be 1-11 digits', String(value));
  return value;
}

/** Merchant number (header and field 42): exactly 11 digits. */
export function checkMerchantNumber(value: string): string {
  if (typeof value !== 'string' || !/^[0-9]{11}$/.test(value))
    fail('merchantNumber', 'must be exactly 11 digits', String(value));
  return value;
}

/** Terminal id (last 4 digits of field 42): exactly 4 digits. */
export function checkTerminalId(value: string): string {
  if (typeof value !== 'string' || !/^[0-9]{4}$/.test(value))
    fail('terminalId', 'must be exactly 4 digits', String(value));
  return value;
}

/** A date in the wire's MMDDCCYY layout that exists on the calendar. */
export function checkWireDate(value: string, field: string): string {
  const m = typeof value === 'string' ? /^([0-9]{2})([0-9]{2})([0-9]{4})$/.exec(value) : null;
  if (!m) fail(field, 'must be MMDDCCYY', String(value));
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]!) {
    throw giftError(GiftErrorCode.OUT_OF_RANGE, `${field}: ${value} is not a calendar date (MMDDCCYY)`, {
      field,
      actual: value,
    });
  }
  return value;
}

/** Local date (MMDDCCYY) and time (HHMMSS) fields from a Date, in the runtime's local time zone. */
export function wireDateTime(at: Date): { date: string; time: string } {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) fail('at', 'must be a valid Date');
  const p2 = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${p2(at.getMonth() + 1)}${p2(at.getDate())}${String(at.getFullYear()).padStart(4, '0')}`,
    time: `${p2(at.getHours())}${p2(at.getMinutes())}${p2(at.getSeconds())}`,
  };
}

/** A Date as MMDDCCYY (local time zone). */
export function wireDate(at: Date): string {
  return wireDateTime(at).date;
}
