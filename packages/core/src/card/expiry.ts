/** Expiration dates in the wire's own layouts: MMYY (TSYS Group I keyed, Paymentech) or YYMM (track data). */

import { ErrorCode, PaywireError } from '../errors.js';

export type ExpiryLayout = 'MMYY' | 'YYMM';

export interface Expiry {
  month: number;
  /** Four-digit year (20YY). */
  year: number;
}

/** Parses and validates an expiry; throws CARD_DATE_INVALID (505). */
export function parseExpiry(text: string, layout: ExpiryLayout = 'MMYY', field = 'expiry'): Expiry {
  if (!/^\d{4}$/.test(text)) {
    throw new PaywireError(ErrorCode.CARD_DATE_INVALID, `${field}: expected 4 digits (${layout})`, {
      field,
      expected: layout,
    });
  }
  const a = Number(text.slice(0, 2));
  const b = Number(text.slice(2, 4));
  const month = layout === 'MMYY' ? a : b;
  const yy = layout === 'MMYY' ? b : a;
  if (month < 1 || month > 12) {
    throw new PaywireError(ErrorCode.CARD_DATE_INVALID, `${field}: month must be 01-12`, {
      field,
      expected: layout,
    });
  }
  return { month, year: 2000 + yy };
}

/** True when the card is still valid during the given date's month (cards expire after their month). */
export function isExpired(expiry: Expiry, now: Date = new Date()): boolean {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  return expiry.year < y || (expiry.year === y && expiry.month < m);
}

/** Parses, validates and refuses an expired date: 505 invalid, 506 expired. */
export function checkExpiry(
  text: string,
  layout: ExpiryLayout = 'MMYY',
  now: Date = new Date(),
  field = 'expiry',
): Expiry {
  const e = parseExpiry(text, layout, field);
  if (isExpired(e, now)) {
    throw new PaywireError(ErrorCode.CARD_EXPIRED, `${field}: card expired`, { field });
  }
  return e;
}

/** Formats month/year from a Date (UTC) in the wire layout. */
export function formatExpiry(date: { month: number; year: number }, layout: ExpiryLayout = 'MMYY'): string {
  const mm = String(date.month).padStart(2, '0');
  const yy = String(date.year % 100).padStart(2, '0');
  return layout === 'MMYY' ? mm + yy : yy + mm;
}

/** Converts between the two layouts. */
export function swapExpiryLayout(text: string, from: ExpiryLayout): string {
  const e = parseExpiry(text, from);
  return formatExpiry(e, from === 'MMYY' ? 'YYMM' : 'MMYY');
}
