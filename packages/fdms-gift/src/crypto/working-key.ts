// Merchant working key (MWK) generation and the key block of field 63 (notes c.7, spec refs B.1-B.3).

import { fromHex, toHex } from '@paywire/core';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkKey24, reviseKey, withOddParity } from './des-key.js';
import type { GiftCrypto } from './types.js';

const ZERO8 = new Uint8Array(8);

/** Key-encryption key from the Diffie-Hellman shared secret: first 16 bytes of SHA-1, revised, odd parity. */
export function deriveKek(crypto: GiftCrypto, sharedSecret: Uint8Array): Uint8Array {
  if (!(sharedSecret instanceof Uint8Array) || sharedSecret.length === 0) {
    throw giftError(GiftErrorCode.INVALID_DATA, 'sharedSecret: bytes required', { field: 'sharedSecret' });
  }
  return withOddParity(reviseKey(crypto.sha1(sharedSecret).subarray(0, 16)));
}

/** Check value of a key: 3DES of eight zero bytes under it. */
export function keyCheckValue(crypto: GiftCrypto, key: Uint8Array): Uint8Array {
  checkKey24(key, 'key');
  return crypto.tripleDesEncrypt(key, ZERO8);
}

export interface WorkingKey {
  /** The clear 24-byte 3DES working key (keep it secret; it encrypts every EAN). */
  workingKey: Uint8Array;
  /** 3DES of eight zero bytes under the working key. */
  checkValue: Uint8Array;
  /** Field 63: 80 hex digits, the 40-byte block random(8) + key(24) + check value(8) under the KEK. */
  keyBlock: string;
}

/** Generates a new working key and its encrypted key block for the 2010 Assign Merchant Working Key request. */
export function createWorkingKey(crypto: GiftCrypto, sharedSecret: Uint8Array): WorkingKey {
  const workingKey = withOddParity(reviseKey(crypto.randomBytes(16).subarray(0, 16)));
  return sealWorkingKey(crypto, sharedSecret, workingKey, crypto.randomBytes(8));
}

/** Builds the field 63 key block for a given working key and 8-byte random prefix. */
export function sealWorkingKey(
  crypto: GiftCrypto,
  sharedSecret: Uint8Array,
  workingKey: Uint8Array,
  random8: Uint8Array,
): WorkingKey {
  checkKey24(workingKey, 'workingKey');
  if (random8.length < 8)
    throw giftError(GiftErrorCode.INVALID_DATA, 'key block: 8 random bytes are required');
  const checkValue = keyCheckValue(crypto, workingKey);
  const block = new Uint8Array(40);
  block.set(random8.subarray(0, 8), 0);
  block.set(workingKey, 8);
  block.set(checkValue, 32);
  const keyBlock = toHex(crypto.tripleDesEncrypt(deriveKek(crypto, sharedSecret), block));
  return { workingKey, checkValue, keyBlock };
}

/** Opens a field 63 key block with the shared secret and verifies its check value. */
export function openWorkingKey(crypto: GiftCrypto, sharedSecret: Uint8Array, keyBlock: string): WorkingKey {
  if (typeof keyBlock !== 'string' || !/^[0-9A-Fa-f]{80}$/.test(keyBlock)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, 'keyBlock: 80 hex digits required', {
      field: 'workingKey',
    });
  }
  const block = crypto.tripleDesDecrypt(deriveKek(crypto, sharedSecret), fromHex(keyBlock));
  const workingKey = block.slice(8, 32);
  const checkValue = block.slice(32, 40);
  const expected = keyCheckValue(crypto, workingKey);
  for (let i = 0; i < 8; i++) {
    if (expected[i] !== checkValue[i]) {
      throw giftError(
        GiftErrorCode.INVALID_DATA,
        'keyBlock: check value mismatch (wrong shared secret or corrupt block)',
        {
          field: 'workingKey',
        },
      );
    }
  }
  return { workingKey, checkValue, keyBlock: keyBlock.toUpperCase() };
}
