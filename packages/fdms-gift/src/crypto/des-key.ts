// 3DES key helpers of the merchant working key scheme (notes c.7: "revise", odd parity).

import { GiftErrorCode, giftError } from '../errors.js';

/** A 16-byte double-length key made 24 bytes for 3DES EDE3 by appending its first 8 bytes. */
export function reviseKey(key16: Uint8Array): Uint8Array {
  if (key16.length !== 16) {
    throw giftError(GiftErrorCode.INVALID_DATA, `key: ${key16.length} bytes, 16 expected before revising`, {
      field: 'key',
    });
  }
  const out = new Uint8Array(24);
  out.set(key16, 0);
  out.set(key16.subarray(0, 8), 16);
  return out;
}

/** A copy with every byte given odd parity (its lowest bit flipped where the count of ones is even). */
export function withOddParity(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    let b = key[i]!;
    let ones = 0;
    for (let v = b; v !== 0; v >>= 1) ones += v & 1;
    if ((ones & 1) === 0) b ^= 1;
    out[i] = b;
  }
  return out;
}

export function checkKey24(key: Uint8Array, field: string): void {
  if (!(key instanceof Uint8Array) || key.length !== 24) {
    throw giftError(GiftErrorCode.INVALID_DATA, `${field}: a 24-byte 3DES key is required`, { field });
  }
}
