// EAN encryption for field 34 (notes c.7): 3DES-CBC under the merchant working key, IV 0, no padding.

import { fromHex, maskAll, toHex } from '@paywire/core';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkKey24 } from './des-key.js';
import type { GiftCrypto } from './types.js';

/** Characters of the clear EAN inside the block (space-filled on the right). */
export const EAN_LENGTH = 8;

function eanBytes(ean: string): Uint8Array {
  if (typeof ean !== 'string' || ean.length === 0 || ean.length > EAN_LENGTH || !/^[\x20-\x7e]+$/.test(ean)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, `ean: 1-${EAN_LENGTH} printable characters required`, {
      field: 'ean',
      actual: typeof ean === 'string' ? maskAll(ean) : typeof ean,
    });
  }
  const out = new Uint8Array(EAN_LENGTH).fill(0x20);
  for (let i = 0; i < ean.length; i++) out[i] = ean.charCodeAt(i);
  return out;
}

/** Low byte of the sum of the 8 EAN bytes. */
function checksum(bytes: Uint8Array, from: number): number {
  let sum = 0;
  for (let i = from; i < from + EAN_LENGTH; i++) sum += bytes[i]!;
  return sum & 0xff;
}

/** The 16-byte clear block: 7 random bytes, the checksum byte, the EAN space-filled to 8. */
export function eanBlock(ean: string, random7: Uint8Array): Uint8Array {
  if (random7.length < 7) {
    throw giftError(GiftErrorCode.INVALID_DATA, 'ean block: 7 random bytes are required', {
      field: 'random',
    });
  }
  const clear = eanBytes(ean);
  const block = new Uint8Array(16);
  block.set(random7.subarray(0, 7), 0);
  block[7] = checksum(clear, 0);
  block.set(clear, 8);
  return block;
}

/** Encrypts a clear EAN under the working key: 32 upper-case hex digits for field 34. */
export function encryptEan(crypto: GiftCrypto, workingKey: Uint8Array, ean: string): string {
  checkKey24(workingKey, 'workingKey');
  return toHex(crypto.tripleDesEncrypt(workingKey, eanBlock(ean, crypto.randomBytes(7))));
}

/** Decrypts field 34 back to the clear EAN (trailing spaces removed); the checksum byte is verified. */
export function decryptEan(crypto: GiftCrypto, workingKey: Uint8Array, encrypted: string): string {
  checkKey24(workingKey, 'workingKey');
  if (typeof encrypted !== 'string' || !/^[0-9A-Fa-f]{32}$/.test(encrypted)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, 'encrypted EAN: 32 hex digits required', {
      field: 'extendedAccountNumber',
    });
  }
  const block = crypto.tripleDesDecrypt(workingKey, fromHex(encrypted));
  if (block.length !== 16 || block[7] !== checksum(block, 8)) {
    throw giftError(
      GiftErrorCode.INVALID_DATA,
      'encrypted EAN: checksum mismatch (wrong working key or corrupt value)',
      {
        field: 'extendedAccountNumber',
      },
    );
  }
  let end = 16;
  while (end > 8 && block[end - 1] === 0x20) end--;
  let out = '';
  for (let i = 8; i < end; i++) out += String.fromCharCode(block[i]!);
  return out;
}
