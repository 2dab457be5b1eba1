// @paywire/gateway: an example payment gateway on the paywire clients.

export { type CardVault, createCardVault, type StoredCard } from './card-vault.js';
export {
  type GatewayConfig,
  loadConfig,
  type MerchantConfig,
  type StorageConfig,
  type TsysSettlementConfig,
  validateConfig,
} from './config.js';
export {
  type ErrorBody,
  FAMILY,
  GatewayError,
  GatewayErrorCode,
  isGatewayError,
  type ReversalSummary,
  type UpstreamError,
} from './errors.js';
export { canonicalJson } from './idempotency.js';
export { createGateway, errorAnswer, type Gateway, type GatewayOptions, openStore } from './server.js';
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite.js';
export type * from './store/types.js';
export { type TransactionView, transactionView } from './view.js';
