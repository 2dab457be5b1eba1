export { ACTION_CODES } from './action-code.js';
export { AUTH_SOURCES } from './auth-source.js';
export { AVS_RESULTS } from './avs-result.js';
export { BATCH_ERRORS } from './batch-errors.js';
export { CARD_LEVELS } from './card-level.js';
export { CARD_TYPES } from './card-type.js';
export { CLIENT_ERRORS, type ClientErrorEntry, lookupClientError } from './client-errors.js';
export { CVV_RESULTS } from './cvv-result.js';
export { DEBIT_ERRORS } from './debit-errors.js';
export { FORMAT_ERRORS } from './format-errors.js';
export type { HostErrorEntry, HostErrorTable } from './host-error.js';
export { ISSUER_ERRORS } from './issuer-errors.js';
export { NETWORK_IDS } from './network-id.js';
export {
  lookupBatchError,
  lookupServerError,
  resolveServerError,
  SERVER_ERROR_TABLES,
} from './server-errors.js';
export { SETUP_ERRORS } from './setup-errors.js';
export {
  SUPPORTED_TRANSACTION_CODES,
  type SupportedTransactionCode,
  TRANSACTION_CODES,
} from './transaction-code.js';
