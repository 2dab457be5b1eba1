/**
 * The crypto the SVdot Internet format needs, as an interface so the codec stays pure: the block
 * layouts, checksums, key derivation and parity live in this package; the primitives come from the
 * runtime (`@paywire/fdms-gift/node` for Node; WebCrypto has no 3DES, so browsers need a library).
 */
export interface GiftCrypto {
  /** Cryptographically strong random bytes. */
  randomBytes(length: number): Uint8Array;
  /** Triple DES (EDE, 24-byte key), CBC, IV = 8 zero bytes, no padding; data is a multiple of 8 bytes. */
  tripleDesEncrypt(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** The inverse of `tripleDesEncrypt`. */
  tripleDesDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** SHA-1 digest (20 bytes). */
  sha1(data: Uint8Array): Uint8Array;
}
