import type { MessageKind } from '@paywire/core';
import { datawireRequestKind, datawireResponseKind } from './kinds.js';

export {
  APP_PATTERN,
  AUTH_PATTERN,
  buildClientRef,
  CLIENT_REF_PATTERN,
  CLIENT_REF_RECOMMENDED,
  type ClientRefParts,
  checkApp,
  checkAuth,
  checkClientRef,
  checkDid,
  checkServiceId,
  DID_PATTERN,
  isRecommendedClientRef,
  maskAuth,
  parseClientRef,
  splitAuth,
} from './client-id.js';
export { RETURN_CODES, type ReturnCodeInfo, returnCodeInfo } from './codes/return-codes.js';
export { STATUS_CODES, type StatusCodeInfo, statusCodeInfo } from './codes/status-codes.js';
export { DatawireErrorCode, type DatawireErrorCodeNumber, datawireError } from './errors.js';
export { datawireRequestKind, datawireResponseKind, redactRequest, redactResponse } from './kinds.js';
export { assertDelivered, type DeliveryOutcome, deliveryOutcome } from './messages/outcome.js';
export {
  activationRequest,
  type DecodeOptions,
  decodeRequest,
  type EncodeOptions,
  encodeRequest,
  encodeRequestText,
  pingRequest,
  type RequestInit,
  registrationRequest,
  requestFromDocument,
  serviceDiscoveryUrl,
  transactionRequest,
} from './messages/request.js';
export {
  decodeResponse,
  encodeResponse,
  encodeResponseText,
  responseFromDocument,
} from './messages/response.js';
export type {
  ActivationResponseBody,
  DatawireRequest,
  DatawireResponse,
  PingResponseBody,
  RegistrationResponseBody,
  ReqClientId,
  RespClientId,
  ResponseBody,
  ServiceCost,
  ServiceDiscoveryResponseBody,
  ServiceName,
  ServiceProvider,
  TransactionResponseBody,
} from './messages/types.js';
export { escapePayload, isPayloadSafeByte, unescapePayload } from './payload-escape.js';
export { maskDigitRuns, traceDocument } from './trace.js';
export { decodeUtf8, encodeUtf8 } from './utf8.js';
export { detectLayout } from './xml/layout.js';
export {
  localName,
  parseXml,
  XML_LIMITS,
  type XmlAttribute,
  type XmlDeclaration,
  type XmlDoctype,
  type XmlDocument,
  type XmlElement,
  type XmlLimits,
} from './xml/parser.js';
export {
  COMPACT_LAYOUT,
  checkLayout,
  DECLARATION,
  escapeXmlText,
  RESPONSE_LAYOUT,
  type XmlAttributes,
  type XmlLayout,
  XmlWriter,
} from './xml/writer.js';

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [
  datawireRequestKind as MessageKind<unknown>,
  datawireResponseKind as MessageKind<unknown>,
];
