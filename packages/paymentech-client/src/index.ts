export {
  createPaymentechClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  type PaymentechClient,
} from './client.js';
export {
  type ClientOutcome,
  FAMILY,
  isPaymentechClientError,
  PaymentechClientError,
  PaymentechClientErrorCode,
  type PaymentechClientErrorOptions,
} from './errors.js';
export type {
  CallOptions,
  PacketEvent,
  PaymentechClientOptions,
  PaymentechCredentials,
  PaymentechHooks,
  PaymentechResult,
  PaymentechStatus,
  PaymentechTimeouts,
  PaymentechTransaction,
  PaymentechVoid,
  ReversalReport,
} from './types.js';
