/**
 * Gateway configuration: where to listen, where to store, the card data key, and the merchants.
 * Each merchant names its card processor and carries that processor's client options (the same
 * options `createTsysClient`, `createPaymentechClient`, `createTcLinkClient` and
 * `createGiftClient` take, without hooks), so a merchant moves from the simulators to a
 * certification host by changing endpoints and credentials only.
 */

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ErrorCode } from '@paywire/core';
import type { GiftClientOptions } from '@paywire/fdms-gift-client';
import type { PaymentechClientOptions } from '@paywire/paymentech-client';
import type { TcLinkClientOptions } from '@paywire/tclink';
import type { HeaderRecord, ParameterRecord } from '@paywire/tsys';
import type { TsysClientOptions } from '@paywire/tsys-client';
import { gatewayError } from './errors.js';
import type { PostgresStoreOptions } from './store/postgres.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface TsysSettlementConfig {
  /** Header fields the merchant profile does not give (agent bank and chain, device and industry code, time zone). */
  header: Pick<HeaderRecord, 'agentBankNumber' | 'agentChainNumber' | 'deviceCode' | 'industryCode'> &
    Partial<Pick<HeaderRecord, 'timeZoneDifferential' | 'currencyCode' | 'languageIndicator'>>;
  /** Parameter record; defaults come from the merchant profile (category code, name, city, state, ZIP). */
  parameter: Pick<ParameterRecord, 'terminalIdNumber'> & Partial<Omit<ParameterRecord, 'type'>>;
}

export interface TsysMerchantConfig {
  processor: 'tsys';
  tsys: Omit<TsysClientOptions, 'hooks' | 'sequence'> & { settlement: TsysSettlementConfig };
}

export interface PaymentechMerchantConfig {
  processor: 'paymentech';
  paymentech: Omit<PaymentechClientOptions, 'hooks' | 'unmaskedPackets'>;
}

export interface TrustCommerceMerchantConfig {
  processor: 'trustcommerce';
  /** TCLink socket or HTTPS options; `demo: true` marks every request as a test (`demo=y`). */
  trustcommerce: DistributiveOmit<TcLinkClientOptions, 'hooks' | 'unmaskedPackets'> & { demo?: boolean };
}

export type MerchantConfig = (
  | TsysMerchantConfig
  | PaymentechMerchantConfig
  | TrustCommerceMerchantConfig
  | {
      processor?: undefined;
    }
) & {
  /** Requests for this merchant must carry `Authorization: Bearer <apiKey>` (any of them). */
  apiKeys?: readonly string[];
  /** FDMS Closed Loop Gift over Datawire (the DID must already be registered). */
  gift?: Omit<GiftClientOptions, 'hooks'>;
};

export type StorageConfig = { kind: 'sqlite'; file: string } | ({ kind: 'postgres' } & PostgresStoreOptions);

export interface GatewayConfig {
  listen?: { host?: string; port?: number };
  storage: StorageConfig;
  /** 32 bytes, base64 or hex; default `PAYWIRE_CARD_DATA_KEY` from the environment. */
  cardDataKey?: string;
  /** Milliseconds a request waits for a concurrent request with the same idempotency key (default 5 000). */
  idempotencyWaitMs?: number;
  merchants: Readonly<Record<string, MerchantConfig>>;
}

const PEM_KEYS = new Set(['ca', 'cert', 'key']);

/**
 * Reads a JSON configuration file. Values of `ca`, `cert` and `key` written as `file:<path>` are
 * replaced by the file's text (relative paths from the configuration's folder); `storage.file`
 * is resolved the same way; `env:NAME` anywhere reads an environment variable.
 */
export function loadConfig(path: string): GatewayConfig {
  const base = dirname(resolve(path));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') {
      if (v.startsWith('env:')) return process.env[v.slice(4)];
      if (PEM_KEYS.has(key) && v.startsWith('file:')) {
        const p = v.slice(5);
        return readFileSync(isAbsolute(p) ? p : resolve(base, p), 'utf8');
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const config = walk(raw, '') as GatewayConfig;
  if (
    config.storage?.kind === 'sqlite' &&
    !isAbsolute(config.storage.file) &&
    config.storage.file !== ':memory:'
  )
    config.storage.file = resolve(base, config.storage.file);
  validateConfig(config);
  return config;
}

/** Checks the shape the gateway relies on; the clients check their own options when created. */
export function validateConfig(config: GatewayConfig): void {
  const bad = (field: string, message: string) => {
    throw gatewayError(ErrorCode.INVALID_ARGUMENT, `configuration: ${field} ${message}`, {
      field,
      status: 500,
    });
  };
  if (config === null || typeof config !== 'object') bad('', 'must be an object');
  const s = config.storage;
  if (s?.kind !== 'sqlite' && s?.kind !== 'postgres') bad('storage.kind', "must be 'sqlite' or 'postgres'");
  if (s.kind === 'sqlite' && (typeof s.file !== 'string' || s.file === ''))
    bad('storage.file', 'is required');
  if (config.merchants === null || typeof config.merchants !== 'object')
    bad('merchants', 'must be an object');
  for (const [id, m] of Object.entries(config.merchants)) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id)) bad(`merchants.${id}`, 'id must be 1-64 letters, digits, _ . -');
    const p = m.processor;
    if (p !== undefined && p !== 'tsys' && p !== 'paymentech' && p !== 'trustcommerce')
      bad(`merchants.${id}.processor`, "must be 'tsys', 'paymentech' or 'trustcommerce'");
    if (p !== undefined && (m as unknown as Record<string, unknown>)[p] === undefined)
      bad(`merchants.${id}.${p}`, 'is required for this processor');
    if (p === 'tsys' && (m as TsysMerchantConfig).tsys.settlement === undefined)
      bad(`merchants.${id}.tsys.settlement`, 'is required');
    if (p === undefined && m.gift === undefined) bad(`merchants.${id}`, 'has neither a processor nor gift');
    if (
      m.apiKeys !== undefined &&
      (!Array.isArray(m.apiKeys) || m.apiKeys.some((k) => typeof k !== 'string' || k.length < 16))
    )
      bad(`merchants.${id}.apiKeys`, 'must be strings of at least 16 characters');
  }
}
