/** Amounts: integers in minor units; wire forms with implied or explicit decimals. */

import { ErrorCode, PaywireError } from './errors.js';

function checkMinor(amount: number, field: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new PaywireError(
      ErrorCode.OUT_OF_RANGE,
      `${field}: amount must be a non-negative integer in minor units`,
      {
        field,
        actual: String(amount),
      },
    );
  }
}

/** `1234` → `"000000001234"` for a 12-digit implied-decimal field; `width` 0 means no padding. */
export function formatImpliedDecimal(amount: number, width = 0, field = 'amount'): string {
  checkMinor(amount, field);
  const s = String(amount);
  if (width > 0 && s.length > width) {
    throw new PaywireError(ErrorCode.OUT_OF_RANGE, `${field}: ${s} does not fit ${width} digits`, { field });
  }
  return width > 0 ? s.padStart(width, '0') : s;
}

export function parseImpliedDecimal(text: string, field = 'amount'): number {
  if (!/^\d{1,16}$/.test(text)) {
    throw new PaywireError(ErrorCode.INVALID_FORMAT, `${field}: expected digits`, { field, actual: text });
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new PaywireError(ErrorCode.OUT_OF_RANGE, `${field}: amount too large`, { field, actual: text });
  }
  return value;
}

/** `1234`, 2 decimals → `"12.34"`. */
export function formatExplicitDecimal(amount: number, decimals = 2, field = 'amount'): string {
  checkMinor(amount, field);
  if (decimals === 0) return String(amount);
  const s = String(amount).padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

/** `"12.34"` → `1234`. More fraction digits than `decimals` is an error, fewer are padded. */
export function parseExplicitDecimal(text: string, decimals = 2, field = 'amount'): number {
  const m = /^(\d{1,16})(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] !== undefined && m[2].length > decimals)) {
    throw new PaywireError(
      ErrorCode.INVALID_FORMAT,
      `${field}: expected a decimal with at most ${decimals} places`,
      {
        field,
        actual: text,
      },
    );
  }
  const frac = (m[2] ?? '').padEnd(decimals, '0');
  const value = Number(m[1]! + frac);
  if (!Number.isSafeInteger(value)) {
    throw new PaywireError(ErrorCode.OUT_OF_RANGE, `${field}: amount too large`, { field });
  }
  return value;
}

/** Range check in minor units with a field-named error. */
export function checkAmountRange(amount: number, min: number, max: number, field = 'amount'): void {
  checkMinor(amount, field);
  if (amount < min || amount > max) {
    throw new PaywireError(ErrorCode.OUT_OF_RANGE, `${field}: ${amount} is outside ${min}-${max}`, {
      field,
      expected: `${min}-${max}`,
      actual: String(amount),
    });
  }
}
