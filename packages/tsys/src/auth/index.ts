import type { MessageKind } from '@paywire/core';
import { authRequestKind, authResponseKind } from './kinds.js';

export {
  type AvsData,
  buildEligibilityInquiry,
  buildHealthcare,
  buildKeyedEcommerce,
  buildRetailSwipe,
  buildReversal,
  type CardInput,
  type HealthcareInput,
  type KeyedCard,
  type MerchantProfile,
  type SwipedCard,
} from './builder.js';
/** Every EIS 1080 enumeration with its meanings (a namespace: EIS 1081 has tables of the same names). */
export * as authCodes from './codes/index.js';
export { isApproval as isAuthApproval, isPartialApproval } from './codes/response-code.js';
export { TsysErrorCode } from './errors.js';
export { type CodecOptions, MAX_AUTH_MESSAGE_BYTES } from './frame.js';
export {
  decodeGatewayAnswer,
  type GatewayErrorCode,
  gatewayErrorCodes,
  isGatewayErrorBody,
  parseGatewayError,
  TsysGatewayError,
} from './gateway-error.js';
export * from './group-3/index.js';
export {
  approvedAmount,
  checkHealthcareAmounts,
  eligibilityResult,
  type HealthcareAmounts,
  healthcareAdditionalAmounts,
  MAX_HEALTHCARE_SUB_AMOUNTS,
  type ResponseAmounts,
  responseAmounts,
} from './healthcare.js';
export { authRequestKind, authResponseKind } from './kinds.js';
export {
  type AppliedOptions,
  type AuthorizationOptions,
  applyAuthorizationOptions,
  type CvvOption,
  type IncrementalAuthorization,
  POS_DATA_CODE_DEFAULTS,
  type PosDataCodeSettings,
  posDataCodeSettingNames,
  posDataCodeText,
} from './options.js';
export * from './request.js';
export * from './response.js';

/** EIS 1080 message kinds (tsys-auth-request, tsys-auth-response). */
export const authKinds: readonly MessageKind<unknown>[] = [
  authRequestKind as MessageKind<unknown>,
  authResponseKind as MessageKind<unknown>,
];
