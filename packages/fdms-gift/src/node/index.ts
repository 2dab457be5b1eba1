/**
 * `@paywire/fdms-gift/node`: the `GiftCrypto` primitives and the Diffie-Hellman merchant key
 * exchange on Node's `node:crypto`. The main entry stays pure; import this one only on Node.
 */

import { createCipheriv, createDecipheriv, createDiffieHellman, createHash, randomBytes } from 'node:crypto';
import { fromHex, toHex } from '@paywire/core';
import type { GiftCrypto } from '../crypto/types.js';
import { createWorkingKey, type WorkingKey } from '../crypto/working-key.js';
import { GiftErrorCode, giftError } from '../errors.js';

const IV = Buffer.alloc(8);

function des(encrypt: boolean, key: Uint8Array, data: Uint8Array): Uint8Array {
  if (key.length !== 24)
    throw giftError(GiftErrorCode.INVALID_DATA, '3DES key must be 24 bytes', { field: 'key' });
  if (data.length % 8 !== 0)
    throw giftError(GiftErrorCode.INVALID_DATA, '3DES data must be a multiple of 8 bytes', { field: 'data' });
  const cipher = encrypt
    ? createCipheriv('des-ede3-cbc', key, IV)
    : createDecipheriv('des-ede3-cbc', key, IV);
  cipher.setAutoPadding(false);
  const out = Buffer.concat([cipher.update(data), cipher.final()]);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** `GiftCrypto` on node:crypto (OpenSSL `des-ede3-cbc`, `sha1`, `randomBytes`). */
export const nodeGiftCrypto: GiftCrypto = {
  randomBytes: (length) => new Uint8Array(randomBytes(length)),
  tripleDesEncrypt: (key, data) => des(true, key, data),
  tripleDesDecrypt: (key, data) => des(false, key, data),
  sha1: (data) => new Uint8Array(createHash('sha1').update(data).digest()),
};

/** Diffie-Hellman group: First Data supplies the prime and generator (5 in the public client). */
export interface DhGroup {
  /** Prime as hex or bytes. */
  prime: string | Uint8Array;
  /** Generator as a number, hex or bytes. */
  generator: number | string | Uint8Array;
}

function bytesOf(value: string | Uint8Array, field: string): Buffer {
  if (value instanceof Uint8Array) return Buffer.from(value);
  const hex = value.length % 2 === 1 ? `0${value}` : value;
  if (!/^[0-9A-Fa-f]+$/.test(hex))
    throw giftError(GiftErrorCode.INVALID_FORMAT, `${field}: hex expected`, { field });
  return Buffer.from(fromHex(hex));
}

function group(g: DhGroup) {
  const generator = typeof g.generator === 'number' ? g.generator : bytesOf(g.generator, 'generator');
  return createDiffieHellman(bytesOf(g.prime, 'prime'), generator as never);
}

function stripZeros(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

/** GenerateMerchantKeyPair: a new DH key pair in the group, as upper-case hex. */
export function generateMerchantKeyPair(g: DhGroup): { privateKey: string; publicKey: string } {
  const dh = group(g);
  const publicKey = dh.generateKeys();
  return { privateKey: toHex(stripZeros(dh.getPrivateKey())), publicKey: toHex(stripZeros(publicKey)) };
}

export interface SharedSecretOptions {
  /**
   * `strip` (default): leading zero bytes removed, as OpenSSL's `DH_compute_key` (and the public
   * Ruby client) return it; `pad`: left-padded to the prime's length.
   */
  leadingZeros?: 'strip' | 'pad';
}

/** The DH shared secret of the merchant private key and the FDMS public key (FDMSPublicKey). */
export function computeSharedSecret(
  g: DhGroup,
  merchantPrivateKey: string | Uint8Array,
  fdmsPublicKey: string | Uint8Array,
  options: SharedSecretOptions = {},
): Uint8Array {
  const dh = group(g);
  dh.setPrivateKey(bytesOf(merchantPrivateKey, 'merchantPrivateKey'));
  let secret: Uint8Array;
  try {
    secret = new Uint8Array(dh.computeSecret(bytesOf(fdmsPublicKey, 'fdmsPublicKey')));
  } catch (e) {
    throw giftError(GiftErrorCode.INVALID_DATA, 'fdmsPublicKey: not a valid public key for this group', {
      field: 'fdmsPublicKey',
      cause: e,
    });
  }
  const stripped = stripZeros(secret);
  if (options.leadingZeros === 'pad') {
    const size = dh.getPrime().length;
    const out = new Uint8Array(size);
    out.set(stripped, size - stripped.length);
    return out;
  }
  return stripped.slice();
}

/**
 * GenerateWorkingKey in one call: the shared secret from the merchant private key and the FDMS
 * public key, then a new working key and its field 63 key block.
 */
export function generateWorkingKey(
  g: DhGroup,
  merchantPrivateKey: string | Uint8Array,
  fdmsPublicKey: string | Uint8Array,
  options: SharedSecretOptions = {},
): WorkingKey {
  return createWorkingKey(nodeGiftCrypto, computeSharedSecret(g, merchantPrivateKey, fdmsPublicKey, options));
}

export type { GiftCrypto } from '../crypto/types.js';
