// CLI / inspector kinds for EIS 1080: framed STX..ETX+LRC input (strip even parity first).

import { defineKind, ETX, STX } from '@paywire/core';
import { authRequestExamples, authResponseExamples } from './examples.js';
import {
  type AuthRequestMessage,
  decodeAuthRequest,
  encodeAuthRequest,
  redactAuthRequest,
  traceAuthRequest,
} from './request.js';
import {
  type AuthorizationResponse,
  decodeAuthResponse,
  encodeAuthResponse,
  redactAuthResponse,
  traceAuthResponse,
} from './response.js';

/** Shape score: STX, record format letter, app type digit, `.`, ETX before the last byte. */
function score(bytes: Uint8Array, formats: string): number {
  if (bytes.length < 6 || bytes[0] !== STX || bytes[3] !== 0x2e) return 0;
  if (!formats.includes(String.fromCharCode(bytes[1]!))) return 0;
  const app = bytes[2]!;
  if (app !== 0x30 && app !== 0x32 && app !== 0x34) return 0;
  return bytes[bytes.length - 2] === ETX ? 0.9 : 0.5;
}

export const authRequestKind = defineKind<AuthRequestMessage>({
  name: 'tsys-auth-request',
  description: 'TSYS EIS 1080 authorization request (D, W, Y credit; T, X, Z debit/EBT; V confirmation)',
  package: '@paywire/tsys',
  input: 'bytes',
  framed: true,
  decode: (bytes) => decodeAuthRequest(bytes),
  encode: (value) => encodeAuthRequest(value),
  trace: (bytes) => traceAuthRequest(bytes),
  redact: (value) => redactAuthRequest(value),
  detect: (bytes) => score(bytes, 'DWYTXZV'),
  examples: authRequestExamples,
});

export const authResponseKind = defineKind<AuthorizationResponse>({
  name: 'tsys-auth-response',
  description: 'TSYS EIS 1080 authorization response (E credit, U debit/EBT)',
  package: '@paywire/tsys',
  input: 'bytes',
  framed: true,
  decode: (bytes) => decodeAuthResponse(bytes),
  encode: (value) => encodeAuthResponse(value),
  trace: (bytes) => traceAuthResponse(bytes),
  redact: (value) => redactAuthResponse(value),
  detect: (bytes) => score(bytes, 'EU'),
  examples: authResponseExamples,
});
