/** The CLI / inspector kinds: `paymentech-request` and `paymentech-response`. */
import { defineKind, FS, type MessageKind, STX } from '@paywire/core';
import { requestExamples, responseExamples } from './examples.js';
import { decodeRequest, encodeRequest, redactRequest, traceRequest } from './request/codec.js';
import type { TampaRequest } from './request/types.js';
import { decodeResponse, encodeResponse, redactResponse, traceResponse } from './response/codec.js';
import type { TampaResponse } from './response/record.js';

export const paymentechRequestKind: MessageKind<TampaRequest> = defineKind<TampaRequest>({
  name: 'paymentech-request',
  examples: requestExamples,
  description: 'Chase Paymentech Tampa (UTF197) request: preamble, FS body, tokens, ETX [LRC]',
  package: '@paywire/paymentech',
  input: 'bytes',
  framed: true,
  decode: decodeRequest,
  encode: encodeRequest,
  trace: traceRequest,
  redact: redactRequest,
  detect(bytes) {
    if (bytes.length < 39 || bytes[0] !== STX) return 0;
    // 'L.' host capture indicator, 'F' transaction class
    return bytes[1] === 0x4c && bytes[2] === 0x2e && bytes[35] === 0x46 ? 0.9 : 0;
  },
});

export const paymentechResponseKind: MessageKind<TampaResponse> = defineKind<TampaResponse>({
  name: 'paymentech-response',
  examples: responseExamples,
  description: 'Chase Paymentech Tampa (UTF197) response: 62-byte fixed block, FS fields, tokens',
  package: '@paywire/paymentech',
  input: 'bytes',
  framed: true,
  decode: decodeResponse,
  encode: encodeResponse,
  trace: traceResponse,
  redact: redactResponse,
  detect(bytes) {
    if (bytes.length < 65 || bytes[0] !== STX || bytes[63] !== FS) return 0;
    const action = bytes[1]!;
    return action >= 0x41 && action <= 0x5a ? 0.7 : 0.3;
  },
});
