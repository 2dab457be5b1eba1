export {
  createTsysClient,
  DEFAULT_MAX_PENDING,
  DEFAULT_RESPONSE_TIMEOUT_MS,
  DEFAULT_SETTLEMENT_TIMEOUT_MS,
  type ReversalOptions,
  type TsysClient,
} from './client.js';
export {
  type AuthorizationRecovery,
  isTsysClientError,
  outcomeOf,
  TsysClientError,
  TsysClientErrorCode,
  type TsysClientErrorOptions,
} from './errors.js';
export { AUTH_CONTENT_TYPE, GATEWAY_NOT_SENT, SETTLE_CONTENT_TYPE } from './https-session.js';
export { maskPacket } from './packets.js';
export { MAX_SEQUENCE, MemorySequenceStore, nextSequence, terminalKey } from './sequence.js';
export type * from './types.js';
