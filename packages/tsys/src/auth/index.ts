import type { MessageKind } from '@paywire/core';
import { authRequestKind, authResponseKind } from './kinds.js';

/** Every EIS 1080 enumeration with its meanings (a namespace: EIS 1081 has tables of the same names). */
export * as authCodes from './codes/index.js';
export { isApproval as isAuthApproval, isPartialApproval } from './codes/response-code.js';
export { TsysErrorCode } from './errors.js';
export type { CodecOptions } from './frame.js';
export { authRequestKind, authResponseKind } from './kinds.js';
export * from './request.js';
export * from './response.js';

/** EIS 1080 message kinds (tsys-auth-request, tsys-auth-response). */
export const authKinds: readonly MessageKind<unknown>[] = [
  authRequestKind as MessageKind<unknown>,
  authResponseKind as MessageKind<unknown>,
];
