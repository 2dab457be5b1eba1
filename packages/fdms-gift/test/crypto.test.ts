// Known-answer tests of the crypto. Expected values come from outside this package: the NIST
// SP 800-67 3DES example, the FIPS 180 SHA-1 "abc" vector, the `openssl enc -des-ede3-cbc` CLI
// and Python's pow() for the Diffie-Hellman numbers (see the comments next to each constant).
import { fromHex, toHex } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  createWorkingKey,
  decryptEan,
  deriveKek,
  eanBlock,
  encryptEan,
  type GiftCrypto,
  keyCheckValue,
  openWorkingKey,
  reviseKey,
  sealWorkingKey,
  withOddParity,
} from '../src/index.js';
import {
  computeSharedSecret,
  generateMerchantKeyPair,
  generateWorkingKey,
  nodeGiftCrypto,
} from '../src/node/index.js';
import { caught } from './helpers.js';

/** nodeGiftCrypto with scripted "random" bytes. */
function scripted(...chunks: Uint8Array[]): GiftCrypto {
  return { ...nodeGiftCrypto, randomBytes: (n) => chunks.shift()!.slice(0, n) };
}

const KEY = fromHex('0123456789ABCDEF23456789ABCDEF01456789ABCDEF0123'); // NIST SP 800-67 example keys
const RANDOM7 = Uint8Array.from([1, 2, 3, 4, 5, 6, 7]);

describe('node primitives', () => {
  it('3DES-CBC with a zero IV matches NIST SP 800-67 (first block) and openssl', () => {
    const ct = nodeGiftCrypto.tripleDesEncrypt(
      KEY,
      Uint8Array.from('The qufck brown fox jump', (c) => c.charCodeAt(0)),
    );
    expect(toHex(ct).slice(0, 16)).toBe('A826FD8CE53B855F'); // NIST ECB block 1 (= CBC block 1 with IV 0)
    expect(toHex(ct)).toBe('A826FD8CE53B855F854B649A0A3903C970D563820AFE8B35'); // openssl enc -des-ede3-cbc -nopad
    expect(String.fromCharCode(...nodeGiftCrypto.tripleDesDecrypt(KEY, ct))).toBe('The qufck brown fox jump');
  });

  it('SHA-1 matches the FIPS 180 "abc" vector', () => {
    expect(toHex(nodeGiftCrypto.sha1(Uint8Array.of(0x61, 0x62, 0x63)))).toBe(
      'A9993E364706816ABA3E25717850C26C9CD0D89D',
    );
  });

  it('refuses wrong key and block sizes with fdms-gift errors', () => {
    expect(caught(() => nodeGiftCrypto.tripleDesEncrypt(KEY.subarray(0, 16), new Uint8Array(8))).family).toBe(
      'fdms-gift',
    );
    expect(caught(() => nodeGiftCrypto.tripleDesEncrypt(KEY, new Uint8Array(7))).code).toBe(511);
  });
});

describe('EAN (field 34)', () => {
  it('builds the clear block: 7 random bytes, checksum, EAN space-filled', () => {
    expect(toHex(eanBlock('12345678', RANDOM7))).toBe('01020304050607A43132333435363738'); // 0x31+..+0x38 = 0x1A4
  });

  it('encrypts to the openssl answer and decrypts back', () => {
    const hex = encryptEan(scripted(RANDOM7), KEY, '12345678');
    expect(hex).toBe('85A48C0B9775EB36EA1F8E8804374558');
    expect(decryptEan(nodeGiftCrypto, KEY, hex)).toBe('12345678');
    const short = encryptEan(scripted(RANDOM7), KEY, '4321');
    expect(short).toBe('F747F0A33E87396956F9176C87B84E2C'); // block ends "4321    "
    expect(decryptEan(nodeGiftCrypto, KEY, short)).toBe('4321');
    expect(decryptEan(nodeGiftCrypto, KEY, short.toLowerCase())).toBe('4321');
  });

  it('detects a wrong key through the checksum byte, without showing the EAN', () => {
    const hex = encryptEan(nodeGiftCrypto, KEY, '98765432');
    const other = withOddParity(reviseKey(fromHex('00112233445566778899AABBCCDDEEFF')));
    const e = caught(() => decryptEan(nodeGiftCrypto, other, hex));
    expect(e.code).toBe(511);
    expect(JSON.stringify(e)).not.toContain('98765432');
    const bad = caught(() => encryptEan(nodeGiftCrypto, KEY, '123456789'));
    expect(bad.code).toBe(502);
    expect(`${bad.message}${JSON.stringify(bad)}`).not.toContain('123456789');
  });
});

describe('merchant working key (field 63)', () => {
  const secret = Uint8Array.from({ length: 32 }, (_, i) => i + 1);

  it('derives the KEK: SHA-1 of the shared secret, 16 bytes revised to 24, odd parity', () => {
    expect(toHex(deriveKek(nodeGiftCrypto, secret))).toBe('4C9B68754CC4C7A42C2970B9074004924C9B68754CC4C7A4');
  });

  it('odd parity flips the low bit of even-parity bytes only', () => {
    expect(Array.from(withOddParity(Uint8Array.of(0x00, 0x01, 0x03, 0xfe, 0xff)))).toEqual([
      0x01, 0x01, 0x02, 0xfe, 0xfe,
    ]);
  });

  it('seals a known key into the openssl key block and opens it again', () => {
    const mwk = withOddParity(reviseKey(Uint8Array.from({ length: 16 }, (_, i) => 0x10 + i)));
    expect(toHex(mwk)).toBe('101013131515161619191A1A1C1C1F1F1010131315151616');
    expect(toHex(keyCheckValue(nodeGiftCrypto, mwk))).toBe('FE8A0902EE87038A');
    const sealed = sealWorkingKey(nodeGiftCrypto, secret, mwk, new Uint8Array(8).fill(0xaa));
    expect(sealed.keyBlock).toBe(
      'A3FFB08E2C3A6A2F32861672A9CCFDBA82E43C0AC1E240150C236D7BFB01A045D12121C58901C121',
    );
    const opened = openWorkingKey(nodeGiftCrypto, secret, sealed.keyBlock);
    expect(toHex(opened.workingKey)).toBe(toHex(mwk));
    expect(caught(() => openWorkingKey(nodeGiftCrypto, Uint8Array.of(9, 9, 9), sealed.keyBlock)).code).toBe(
      511,
    );
  });

  it('creates a fresh odd-parity double-length key (third part = first)', () => {
    const k = createWorkingKey(nodeGiftCrypto, secret);
    expect(k.keyBlock).toMatch(/^[0-9A-F]{80}$/);
    expect(toHex(k.workingKey.subarray(16, 24))).toBe(toHex(k.workingKey.subarray(0, 8)));
    expect(toHex(withOddParity(k.workingKey))).toBe(toHex(k.workingKey));
    expect(toHex(openWorkingKey(nodeGiftCrypto, secret, k.keyBlock).workingKey)).toBe(toHex(k.workingKey));
  });
});

describe('Diffie-Hellman key exchange', () => {
  // RFC 2409 group 2 prime with generator 5 (First Data uses its own group with g = 5).
  const group = {
    prime:
      'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF',
    generator: 5,
  };
  const a = '1234567890ABCDEF'.repeat(8);
  // Python: pow(5, 0xFEDCBA0987654321..., p)
  const B =
    'CD53657E2AD5421584085DD041AC1C2D2A69CCBAAD8C134AF81257335F6079219FA6A68C2F1B314F9CC7C38F65E227B10A59DBC5FF2DD4B173F7659D1262F5859DD1F22E940CCDF6AFE3A85EDD62A10E075180946092CE2F47BB5EC55266B1C45EF0883AA0E429E94BEEB58FFC023E9F373668626201FFE57AB0061030AD6935';
  // Python: pow(B, a, p)
  const S =
    'FF78CF9075E0A3DD40F525937F7BD22C4342C571CBFF1E30F11E4416B4D685B6DF8787999F9E657C5B3E96094C06FDE958B0AF6655E5290B72FE7B59D4253CE8B3CE1963C1489DBF5F7BCDD8CD185B2D8DEEBCE17964212FAB19058F11F30D5784BE06BB81F8592E17C85D2C99A27DD328E0A64CFDE750FD99742604BC5369CE';

  it('computes the shared secret of Python pow()', () => {
    expect(toHex(computeSharedSecret(group, a, B))).toBe(S);
    expect(toHex(nodeGiftCrypto.sha1(computeSharedSecret(group, a, B)))).toBe(
      'E0FCDA4EDBF3EB1B46870379E782AE3B1D0E68CF',
    );
  });

  it('both sides of a generated exchange agree, and generateWorkingKey seals under that secret', () => {
    const merchant = generateMerchantKeyPair(group);
    const fdms = generateMerchantKeyPair(group);
    const s1 = computeSharedSecret(group, merchant.privateKey, fdms.publicKey, { leadingZeros: 'pad' });
    const s2 = computeSharedSecret(group, fdms.privateKey, merchant.publicKey, { leadingZeros: 'pad' });
    expect(s1.length).toBe(128);
    expect(toHex(s1)).toBe(toHex(s2));
    const k = generateWorkingKey(group, merchant.privateKey, fdms.publicKey);
    const secret = computeSharedSecret(group, fdms.privateKey, merchant.publicKey);
    expect(toHex(openWorkingKey(nodeGiftCrypto, secret, k.keyBlock).workingKey)).toBe(toHex(k.workingKey));
  });

  it('refuses a public key outside the group with an fdms-gift error', () => {
    const e = caught(() => computeSharedSecret(group, a, '01'));
    expect(e.family).toBe('fdms-gift');
  });
});
