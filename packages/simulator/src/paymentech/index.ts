export {
  formatErrorFor,
  hostErrorResponse,
  PAYMENTECH_AVS_NO_MATCH_ZIP,
  PAYMENTECH_CVV_MISMATCH,
  PAYMENTECH_DECLINE_AMOUNTS,
  PAYMENTECH_TEST_CREDENTIALS,
  type PaymentechCredentials,
  PaymentechEngine,
  type PaymentechEngineOptions,
  type PaymentechKind,
  type PaymentechTransaction,
} from './engine.js';
export {
  NETCONNECT_CONTENT_TYPES,
  NETCONNECT_ERRORS,
  NETCONNECT_PATH,
  PAYMENTECH_REQUEST_KIND,
  type PaymentechHost,
  type PaymentechHostOptions,
  type PaymentechState,
  startPaymentechHost,
  summarizeRequest,
} from './host.js';
