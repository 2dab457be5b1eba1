export {
  type ConnectAttempt,
  isTransportError,
  TransportError,
  TransportErrorCode,
  type TransportErrorJSON,
  type TransportOutcome,
} from './errors.js';
export {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RESPONSE_TIMEOUT_MS,
  get,
  type HttpsRequestOptions,
  type HttpsResponse,
  type HttpsSecurityOptions,
  httpsRequest,
  type PemInput,
  post,
} from './request.js';
export { MAX_TIMEOUT_MS } from './timing.js';
