/** The package's message kinds for the `paywire` CLI and the web inspector. */

import { defineKind, FS, type MessageKind } from '@paywire/core';
import { requestExamples, responseExamples } from './examples.js';
import { redactRequest, redactResponse } from './payload/redact.js';
import { decodeRequest, encodeRequest, traceRequest } from './payload/request.js';
import { decodeResponse, encodeResponse, traceResponse } from './payload/response.js';
import type { SvdotRequest, SvdotResponse } from './payload/types.js';

function digits(bytes: Uint8Array, from: number, to: number): boolean {
  if (bytes.length < to) return false;
  for (let i = from; i < to; i++) if (bytes[i]! < 0x30 || bytes[i]! > 0x39) return false;
  return true;
}

export const fdmsGiftRequestKind: MessageKind<SvdotRequest> = defineKind<SvdotRequest>({
  name: 'fdms-gift-request',
  examples: requestExamples,
  description:
    'FDMS Closed Loop Gift (SVdot) request payload: SV. + merchant id, version/format, request code, tagged fields',
  package: '@paywire/fdms-gift',
  input: 'bytes',
  decode: decodeRequest,
  encode: encodeRequest,
  trace: traceRequest,
  redact: redactRequest,
  detect(bytes) {
    if (bytes.length < 21 || bytes[0] !== 0x53 || bytes[1] !== 0x56 || bytes[2] !== 0x2e) return 0;
    if (!digits(bytes, 3, 14) || bytes[14] !== FS || !digits(bytes, 15, 21)) return 0.2;
    return bytes[15] === 0x34 && bytes[16] === 0x30 ? 0.95 : 0.8;
  },
});

export const fdmsGiftResponseKind: MessageKind<SvdotResponse> = defineKind<SvdotResponse>({
  name: 'fdms-gift-response',
  examples: responseExamples,
  description: 'FDMS Closed Loop Gift (SVdot) response payload: 40 FS 0900, tagged fields',
  package: '@paywire/fdms-gift',
  input: 'bytes',
  decode: decodeResponse,
  encode: encodeResponse,
  trace: traceResponse,
  redact: redactResponse,
  detect(bytes) {
    if (bytes.length < 7 || !digits(bytes, 0, 2) || bytes[2] !== FS || !digits(bytes, 3, 7)) return 0;
    const exact = bytes[0] === 0x34 && bytes[1] === 0x30 && bytes[3] === 0x30 && bytes[4] === 0x39;
    return exact && bytes[5] === 0x30 && bytes[6] === 0x30 ? 0.9 : 0.3;
  },
});

/** Every message kind of this package, for the CLI and the inspector. */
export const kinds: readonly MessageKind<unknown>[] = [
  fdmsGiftRequestKind as MessageKind<unknown>,
  fdmsGiftResponseKind as MessageKind<unknown>,
];
