/**
 * Even parity in bit 7 over 7-bit ASCII ("seven bit plus parity"). Because every even-parity byte
 * has an even bit count, the XOR (LRC) of parity bytes equals the parity of the XOR of the 7-bit
 * bytes, so the LRC may be computed before or after applying parity.
 */

import { ErrorCode, PaywireError } from './errors.js';

const EVEN = new Uint8Array(128);
for (let b = 0; b < 128; b++) {
  let ones = 0;
  for (let v = b; v !== 0; v >>= 1) ones += v & 1;
  EVEN[b] = ones & 1 ? b | 0x80 : b;
}

/** The byte with bit 7 set so that its bit count is even. Input must be 7-bit. */
export function evenParityByte(b: number): number {
  return EVEN[b & 0x7f]!;
}

/** Returns a new array with even parity applied to every byte; throws if a byte is not 7-bit. */
export function applyEvenParity(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b > 0x7f) {
      throw new PaywireError(ErrorCode.INVALID_FORMAT, `byte at ${i} is not 7-bit ASCII`, { offset: i });
    }
    out[i] = EVEN[b]!;
  }
  return out;
}

/** Offset of the first byte whose parity is not even, or -1. */
export function findParityError(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (EVEN[b & 0x7f] !== b) return i;
  }
  return -1;
}

export function hasEvenParity(bytes: Uint8Array): boolean {
  return findParityError(bytes) < 0;
}

/** Clears bit 7 of every byte (new array). Use `checkEvenParity` first to reject bad bytes. */
export function stripParity(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! & 0x7f;
  return out;
}

/** Throws PARITY_ERROR at the first byte with odd parity. */
export function checkEvenParity(bytes: Uint8Array): void {
  const at = findParityError(bytes);
  if (at >= 0) {
    throw new PaywireError(ErrorCode.PARITY_ERROR, `byte at offset ${at} does not have even parity`, {
      offset: at,
    });
  }
}
