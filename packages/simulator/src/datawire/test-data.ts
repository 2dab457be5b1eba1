/**
 * Deterministic test data of the Datawire host: merchants (MID|TID, DID), gift cards preloaded in
 * the ledger, the working key the test merchant already holds and the Diffie-Hellman material for
 * the 2010 merchant working key exchange. Test-only values: never use them against a real host.
 */

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A merchant known to the simulated Datawire host. */
export interface DatawireMerchant {
  /** Merchant number (11 digits): AuthKey1, the SVdot header MID and the start of field 42. */
  mid: string;
  /** Merchant terminal number (11 digits): AuthKey2. */
  tid: string;
  /** DID already issued (the merchant is registered and activated); absent: must register first. */
  did?: string;
}

/** Registered and activated: transact at once with this DID. */
export const DATAWIRE_TEST_MERCHANT = Object.freeze({
  mid: '99000000001',
  tid: '00000000001',
  did: '00077000000000000001',
  app: 'PAYWIRETESTGIFT1',
} as const);

/** Known to Datawire but not registered yet: Registration answers Retry, then OK with a DID. */
export const DATAWIRE_NEW_MERCHANT = Object.freeze({
  mid: '99000000002',
  tid: '00000000002',
  app: 'PAYWIRETESTGIFT1',
} as const);

/** State of a gift card in the simulated ledger. */
export type GiftCardStatus = 'inactive' | 'active' | 'frozen' | 'closed';

/** How a card starts in the ledger. */
export interface GiftCardSetup {
  cardNumber: string;
  status: GiftCardStatus;
  /** Balance in minor units (USD cents). */
  balance: number;
  /** Clear EAN (up to 8 characters): what an encrypted field 34 must decrypt to. */
  ean?: string;
  /** Security card value (field 32). */
  scv?: string;
  /** Expiration date MMDDCCYY (field A0); absent = no expiration. */
  expirationDate?: string;
  /** Card available for use date MMDDCCYY (field 16): requests dated earlier answer 04. */
  availableDate?: string;
  /** The card accepts no request without its SCV or EAN (response 90 otherwise). */
  requireSecurity?: boolean;
  /** Pre-denominated card: the activation loads this amount whatever field 04 says. */
  denomination?: number;
}

const card = (n: string): string => luhnComplete(`777700000000${n}`);

/**
 * Cards preloaded in every new ledger (each host instance starts from these). Card numbers are
 * Luhn-valid 16-digit numbers starting 7777; EAN and SCV are shared test values.
 */
export const DATAWIRE_TEST_CARDS = Object.freeze({
  /** Active, $100.00. */
  active: Object.freeze({
    cardNumber: card('001'),
    status: 'active',
    balance: 10_000,
    ean: '5246EAN1',
    scv: '1234',
  } satisfies GiftCardSetup),
  /** Active, $5.00: redemptions above that are partial. */
  lowBalance: Object.freeze({
    cardNumber: card('002'),
    status: 'active',
    balance: 500,
    ean: '5246EAN2',
    scv: '2345',
  } satisfies GiftCardSetup),
  /** Active, $0.00. */
  empty: Object.freeze({
    cardNumber: card('003'),
    status: 'active',
    balance: 0,
    scv: '3456',
  } satisfies GiftCardSetup),
  /** Not activated yet (activate it with any amount). */
  inactive: Object.freeze({
    cardNumber: card('004'),
    status: 'inactive',
    balance: 0,
    ean: '5246EAN4',
    scv: '4567',
  } satisfies GiftCardSetup),
  /** Not activated yet, pre-denominated $25.00. */
  denominated: Object.freeze({
    cardNumber: card('005'),
    status: 'inactive',
    balance: 0,
    scv: '5678',
    denomination: 2_500,
  } satisfies GiftCardSetup),
  /** Frozen (2016 unfreezes it), $20.00. */
  frozen: Object.freeze({
    cardNumber: card('006'),
    status: 'frozen',
    balance: 2_000,
  } satisfies GiftCardSetup),
  /** Closed. */
  closed: Object.freeze({ cardNumber: card('007'), status: 'closed', balance: 0 } satisfies GiftCardSetup),
  /** Active, $50.00, expired on 2020-01-01. */
  expired: Object.freeze({
    cardNumber: card('008'),
    status: 'active',
    balance: 5_000,
    expirationDate: '01012020',
  } satisfies GiftCardSetup),
  /** Active, $30.00, needs its SCV (32) or EAN (34) on every request. */
  secured: Object.freeze({
    cardNumber: card('009'),
    status: 'active',
    balance: 3_000,
    ean: '5246EAN9',
    scv: '9012',
    requireSecurity: true,
  } satisfies GiftCardSetup),
});

/** A card number the ledger does not know (answers 03 Unknown account). */
export const DATAWIRE_UNKNOWN_CARD = card('999');

/** BIN of the virtual cards the host issues on 2102/2107/2108 activations. */
export const VIRTUAL_CARD_PREFIX = '77779';

/**
 * The merchant working key the test merchant already holds (key id 1): 24 bytes as hex, 3DES with
 * odd parity. Encrypt EANs with it (`encryptEan`) and send them with F3 = `merchantKeyId`.
 */
export const DATAWIRE_TEST_WORKING_KEY = Object.freeze({
  merchantKeyId: '1',
  key: '0123456789ABCDEFFEDCBA98765432100123456789ABCDEF',
});

/**
 * Diffie-Hellman material of the 2010 merchant working key exchange: the group (the 1024-bit MODP
 * group of RFC 2409, generator 2), the simulated FDMS key pair and the test merchant's key pair (its
 * public key is on file at the host). A client computes the shared secret from
 * `merchantPrivateKey` and `fdmsPublicKey` (`computeSharedSecret` in `@paywire/fdms-gift/node`).
 */
export const DATAWIRE_TEST_KEY_EXCHANGE = (() => {
  const prime =
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF';
  const generator = 2;
  const fdmsPrivateKey = '5EED0F0FD3500000000000000000000000000000000000000000000000000001';
  const merchantPrivateKey = '7E57AE4C4A570000000000000000000000000000000000000000000000000002';
  const pub = (priv: string): string => {
    const p = BigInt(`0x${prime}`);
    let result = 1n;
    let base = BigInt(generator) % p;
    let e = BigInt(`0x${priv}`);
    while (e > 0n) {
      if (e & 1n) result = (result * base) % p;
      base = (base * base) % p;
      e >>= 1n;
    }
    return result.toString(16).toUpperCase();
  };
  return Object.freeze({
    group: Object.freeze({ prime, generator }),
    fdmsPrivateKey,
    fdmsPublicKey: pub(fdmsPrivateKey),
    merchantPrivateKey,
    merchantPublicKey: pub(merchantPrivateKey),
  });
})();
