export {
  type ConnectAttempt,
  classifySocketError,
  invalidArgument,
  isHandshakeError,
  isOutcomeError,
  isTransportError,
  TransportError,
  TransportErrorCode,
  type TransportErrorJSON,
  type TransportErrorOptions,
  type TransportOutcome,
} from './errors.js';
export { allAttemptsFailed, endsFailover, failedAttempt, stopBeforeAttempt } from './failover.js';
export {
  abortError,
  checkTimeout,
  deadlineError,
  deadlineMs,
  earliest,
  Guard,
  MAX_TIMEOUT_MS,
} from './timing.js';
export {
  checkTlsVersions,
  type PemInput,
  refuseUnverified,
  type SecurityOptions,
  tlsOptions,
} from './tls.js';
