import type { MessageKind } from '@paywire/core';
import { paymentechRequestKind, paymentechResponseKind } from './kinds.js';

export {
  buildAuthOnly,
  buildCapture,
  buildCredit,
  buildPartialAuthReversal,
  buildReversalAdvice,
  buildSale,
  buildVoid,
  nextSequenceNumber,
} from './builder/ptech-ecommerce.js';
export type {
  CardInput,
  CvvPresence,
  EntryDataSource,
  IndustryType,
  Level2Input,
  MerchantSetup,
  MitInput,
  ThreeDSecureInput,
  TransactionInput,
  VoidInput,
} from './builder/types.js';
export { INVOICE_MAX_LENGTH, MAX_AMOUNT, MIN_AMOUNT } from './builder/validate.js';
export * from './codes/index.js';
export { FAMILY } from './errors.js';
export { MAX_MESSAGE_LENGTH } from './frame.js';
export { paymentechRequestKind, paymentechResponseKind } from './kinds.js';
export {
  CAPTURE_MODES,
  type CaptureMode,
  type NetConnectCredentials,
  type NetConnectHeaderOptions,
  type NetConnectHeaders,
  netConnectRequestHeaders,
  redactHeaders,
} from './netconnect/headers.js';
export {
  checkNetConnectResponse,
  type HeaderSource,
  type NetConnectResponseInput,
  type NetConnectResult,
} from './netconnect/response.js';
export {
  AUTO_REVERSAL_ERROR_CODES,
  type ReversalDecision,
  reversalAdviceFor,
} from './netconnect/reversal-rule.js';
export {
  NETCONNECT_CERTIFICATION_URL,
  NETCONNECT_CERTIFICATION_URL_SECONDARY,
  NETCONNECT_LEGACY_PRODUCTION_URLS,
  NETCONNECT_PRODUCTION_URL,
  NETCONNECT_PRODUCTION_URL_SECONDARY,
} from './netconnect/urls.js';
export {
  decodeRequest,
  encodeRequest,
  redactRequest,
  traceRequest,
  validateRequest,
} from './request/codec.js';
export { ECI_VALUES, type IndustryData } from './request/industry-data.js';
export { MAX_SEQUENCE_NUMBER, PREAMBLE_FIELDS, PREAMBLE_OFFSETS } from './request/preamble.js';
export { REQUEST_BODIES } from './request/records.js';
export type {
  AmountFormat,
  CaptureRequest,
  CardBlock,
  FinancialRequest,
  PartialReversalRequest,
  RequestPreamble,
  ReversalAdviceRequest,
  TampaRequest,
  VoidRequest,
} from './request/types.js';
export {
  decodeResponse,
  encodeResponse,
  interpretResponse,
  type ResponseSummary,
  redactResponse,
  traceResponse,
} from './response/codec.js';
export { FIXED_BLOCK_FIELDS, FIXED_BLOCK_LENGTH } from './response/fixed-block.js';
export { RESPONSE_FIELDS, type TampaResponse } from './response/record.js';
export { REQUEST_TOKENS, type RequestToken } from './tokens/request-tokens.js';
export { RESPONSE_TOKEN_LABELS, type ResponseToken } from './tokens/response-tokens.js';
export type { TokenDefinition } from './tokens/token.js';

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [
  paymentechRequestKind as MessageKind<unknown>,
  paymentechResponseKind as MessageKind<unknown>,
];
