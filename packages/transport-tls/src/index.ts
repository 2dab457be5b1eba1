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
  connectTls,
  DEFAULT_CONNECT_TIMEOUT_MS,
  type HostAddress,
  type PemInput,
  type TlsConnectOptions,
  type TlsSecurityOptions,
} from './connect.js';
export {
  DEFAULT_RESPONSE_TIMEOUT_MS,
  type MessageHandlers,
  type ReadOptions,
  type StreamOptions,
  TlsConnection,
} from './connection.js';
export { type ExchangeOptions, type ExchangeResult, exchange } from './exchange.js';
export {
  DEFAULT_MAX_BYTES,
  type EndLineReaderOptions,
  type EnqReaderOptions,
  type EtxLrcReaderOptions,
  endLineReader,
  enqReader,
  etxLrcReader,
  fixedLengthReader,
  type MessageReader,
} from './readers.js';
