export {
  createTcLinkClient,
  DEFAULT_CONNECT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RESPONSE_MS,
  DEFAULT_TOTAL_CONNECT_MS,
  type TcLinkClient,
} from './client.js';
export {
  FAMILY,
  isTcLinkError,
  TcLinkError,
  TcLinkErrorCode,
  type TcLinkErrorOptions,
  type TcLinkOutcome,
} from './errors.js';
export { atoi, attemptOrder, hostHash, startIndex } from './failover.js';
export {
  DEFAULT_TCLINK_HOST,
  DEFAULT_TCLINK_URL,
  type TcLinkCallOptions,
  type TcLinkClientOptions,
  type TcLinkHooks,
  type TcLinkHttpsOptions,
  type TcLinkPacketEvent,
  type TcLinkRequest,
  type TcLinkResult,
  type TcLinkSocketOptions,
  type TcLinkTimeouts,
} from './types.js';
