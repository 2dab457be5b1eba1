// The TSYS HTTPS gateway answers problems of its own with a text body `NNN - message` (codes 500-514)
// instead of a framed packet (tsys-wire.md §2; not part of EIS 1080). These decode into a typed error.

import { ErrorCode, maskPansInText, PaywireError, STX } from '@paywire/core';
import { FAMILY, TsysErrorCode } from './errors.js';
import type { AuthorizationResponse } from './response.js';
import { decodeAuthResponse } from './response.js';

/** Gateway error codes and what they mean (paraphrased from the public error table). */
export const gatewayErrorCodes = {
  '500': 'the gateway lost its connection to the authorization host',
  '501': 'the host disconnected early or is unavailable (check acquirer BIN and merchant number)',
  '502': 'the packet is not a well-formed Visa II record',
  '503': 'the gateway could not reach the host',
  '504': 'the request was not an HTTP POST',
  '505': 'the host response was not valid (over HTTPS the application type must be 4, interleaved)',
  '506': 'the host response was too large',
  '507': 'unknown Content-Type: use x-Visa-II/x-auth or x-Visa-II/x-settle',
  '508': 'the batch ended before the host answered (missing trailer or framing error)',
  '509': 'the host rejected the batch (NAK)',
  '510': 'authorizations are only accepted in the interleaved protocol (application type 4)',
  '511': 'a batch record does not start with STX (0x82 with even parity)',
  '512': 'a batch record does not end with ETX or ETB',
  '513': 'a batch record has no LRC',
  '514': 'a batch record is not application type 1',
} as const satisfies Readonly<Record<string, string>>;

export type GatewayErrorCode = keyof typeof gatewayErrorCodes;

/** A gateway error body as a `tsys` PaywireError (code 524 SERVER_ERROR_RESPONSE). */
export class TsysGatewayError extends PaywireError {
  /** The gateway's own number, 500-514 (or another 3-digit number it sent). */
  readonly gatewayCode: string;
  /** The gateway's text (PAN-like digit runs masked). */
  readonly gatewayText: string;
  /** Our description of the code, when known. */
  readonly meaning: string | undefined;

  constructor(gatewayCode: string, gatewayText: string) {
    const meaning = (gatewayErrorCodes as Record<string, string>)[gatewayCode];
    super(TsysErrorCode.SERVER_ERROR_RESPONSE, `gateway error ${gatewayCode}: ${gatewayText}`, {
      family: FAMILY,
      actual: gatewayCode,
      ...(meaning === undefined ? {} : { expected: meaning }),
    });
    this.gatewayCode = gatewayCode;
    this.gatewayText = gatewayText;
    this.meaning = meaning;
  }
}

const PATTERN = /^\s*(\d{3})\s*-\s*(\S[^\r\n]*?)\s*$/;

function text(body: Uint8Array | string): string {
  if (typeof body === 'string') return body;
  let s = '';
  const n = Math.min(body.length, 1024);
  for (let i = 0; i < n; i++) s += String.fromCharCode(body[i]! & 0x7f);
  return s;
}

/** True when the body is a gateway error text rather than a framed packet. */
export function isGatewayErrorBody(body: Uint8Array | string): boolean {
  const t = text(body);
  return t.length > 0 && (t.charCodeAt(0) & 0x7f) !== STX && PATTERN.test(t.split(/\r?\n/)[0] ?? '');
}

/** Parses `NNN - text`; throws INVALID_RESPONSE (513) when the body is not one. */
export function parseGatewayError(body: Uint8Array | string): TsysGatewayError {
  const first = text(body).split(/\r?\n/)[0] ?? '';
  const m = PATTERN.exec(first);
  if (!m) {
    throw new PaywireError(ErrorCode.INVALID_RESPONSE, 'not a gateway error body (expected "NNN - text")', {
      family: FAMILY,
      offset: 0,
    });
  }
  return new TsysGatewayError(m[1]!, maskPansInText(m[2]!));
}

/**
 * Reads an HTTPS gateway answer: a framed E/U packet decodes to the response; an `NNN - text`
 * body throws the `TsysGatewayError`. Strip even parity before calling.
 */
export function decodeGatewayAnswer(body: Uint8Array): AuthorizationResponse {
  if (body.length > 0 && body[0] !== STX && isGatewayErrorBody(body)) throw parseGatewayError(body);
  return decodeAuthResponse(body);
}
