/** Masking of card data and secrets for errors, logs, traces and JSON output. */

export type SensitiveKind =
  /** Primary account number: first 6 and last 4 shown. */
  | 'pan'
  /** Track 1/2 data: the PAN inside masked 6/4, expiry and discretionary data hidden. */
  | 'track'
  /** CVV/CVC/CID: fully hidden. */
  | 'cvv'
  /** PIN block / KSN: fully hidden. */
  | 'pin'
  /** Passwords, auth keys: fully hidden. */
  | 'password'
  /** Cryptographic keys, working keys, encrypted blocks: fully hidden. */
  | 'key'
  /** Bank account numbers: last 4 shown. */
  | 'account'
  /** Anything else secret: fully hidden. */
  | 'secret';

/** First 6 / last 4 of a PAN-like digit run; shorter values keep less. */
export function maskPan(pan: string): string {
  const n = pan.length;
  if (n >= 13) return pan.slice(0, 6) + '*'.repeat(n - 10) + pan.slice(n - 4);
  if (n >= 9) return '*'.repeat(n - 4) + pan.slice(n - 4);
  return '*'.repeat(n);
}

/** Every character replaced, length kept (lengths of secrets are not secret on a fixed-width wire). */
export function maskAll(value: string): string {
  return '*'.repeat(value.length);
}

/** Last 4 shown (bank account numbers). */
export function maskAccount(value: string): string {
  return value.length > 4 ? '*'.repeat(value.length - 4) + value.slice(-4) : maskAll(value);
}

/**
 * Masks track 1 or track 2 data (with or without sentinels): the PAN keeps first 6 / last 4,
 * everything after the PAN (name, expiry, service code, discretionary data) is hidden except the
 * separators, so the shape of the track stays visible.
 */
export function maskTrack(track: string): string {
  const m = /^([%;]?B?)(\d{1,19})/.exec(track);
  if (!m) return maskAll(track);
  const head = m[1]!;
  const pan = m[2]!;
  const rest = track.slice(head.length + pan.length).replace(/[^=^?]/g, '*');
  return head + maskPan(pan) + rest;
}

export function mask(kind: SensitiveKind, value: string): string {
  switch (kind) {
    case 'pan':
      return maskPan(value);
    case 'track':
      return maskTrack(value);
    case 'account':
      return maskAccount(value);
    default:
      return maskAll(value);
  }
}

/**
 * Replaces every Luhn-valid 13-19 digit run in free text with its masked form. A last line of
 * defence for messages that embed input (e.g. host error text echoing a PAN).
 */
export function maskPansInText(text: string): string {
  return text.replace(/\d{13,19}/g, (digits) => (luhnValid(digits) ? maskPan(digits) : digits));
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
