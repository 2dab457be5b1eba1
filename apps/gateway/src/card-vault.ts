/**
 * Encryption of the card data the gateway has to keep (see README "What is stored and why"):
 * AES-256-GCM with a random 96-bit nonce per value, the record id as additional data so a
 * ciphertext cannot be moved to another record. The key comes from the configuration
 * (`cardDataKey`, 32 bytes in base64 or hex) or `PAYWIRE_CARD_DATA_KEY`; it is never stored.
 */

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { GatewayErrorCode, gatewayError } from './errors.js';

/** What is kept per record: the PAN (TSYS detail records, Paymentech follow-ups) and, for Paymentech, the expiry. */
export interface StoredCard {
  pan: string;
  expMonth?: number;
  expYear?: number;
}

export interface CardVault {
  seal(recordId: string, card: StoredCard): string;
  open(recordId: string, sealed: string): StoredCard;
  /** Keyed hash (HMAC-SHA-256 under a key derived from the card data key): request bodies hold PANs, so a plain hash would not do. */
  fingerprint(text: string): string;
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32)
    throw gatewayError(
      GatewayErrorCode.CARD_DATA_KEY_MISSING,
      'cardDataKey must be 32 bytes (base64 or hex)',
      {
        field: 'cardDataKey',
      },
    );
  return key;
}

export function createCardVault(keyText: string | undefined): CardVault {
  if (keyText === undefined || keyText === '')
    throw gatewayError(
      GatewayErrorCode.CARD_DATA_KEY_MISSING,
      'no card data key: set cardDataKey in the configuration or PAYWIRE_CARD_DATA_KEY',
      { field: 'cardDataKey' },
    );
  const key = parseKey(keyText);
  const hashKey = createHmac('sha256', key).update('paywire-gateway idempotency fingerprint').digest();
  return {
    fingerprint(text) {
      return createHmac('sha256', hashKey).update(text, 'utf8').digest('base64url');
    },
    seal(recordId, card) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      c.setAAD(Buffer.from(recordId, 'utf8'));
      const body = Buffer.concat([c.update(JSON.stringify(card), 'utf8'), c.final()]);
      return `v1.${iv.toString('base64')}.${body.toString('base64')}.${c.getAuthTag().toString('base64')}`;
    },
    open(recordId, sealed) {
      const [v, iv, body, tag] = sealed.split('.');
      if (v !== 'v1' || iv === undefined || body === undefined || tag === undefined)
        throw gatewayError(GatewayErrorCode.STORAGE_ERROR, 'stored card data has an unknown format');
      try {
        const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
        d.setAAD(Buffer.from(recordId, 'utf8'));
        d.setAuthTag(Buffer.from(tag, 'base64'));
        const text = Buffer.concat([d.update(Buffer.from(body, 'base64')), d.final()]).toString('utf8');
        return JSON.parse(text) as StoredCard;
      } catch (e) {
        throw gatewayError(
          GatewayErrorCode.STORAGE_ERROR,
          'stored card data does not open with this key (wrong cardDataKey?)',
          { cause: e },
        );
      }
    },
  };
}
