export {
  type ConnectAttempt,
  isTransportError,
  MAX_TIMEOUT_MS,
  TransportError,
  TransportErrorCode,
  type TransportErrorJSON,
  type TransportOutcome,
} from '@paywire/transport-common';
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
