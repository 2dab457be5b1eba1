// SVdot response framing (paymentech-datawire-svdot-wire.md c.2): version format FS "0900" {FS id value}.

import { asciiSlice, FS, type TraceEntry, toEscaped } from '@paywire/core';
import { RESPONSE_INDICATOR } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkHeader, decodeBody, encodePayload, headerEntry, requireDigits } from './fields.js';
import { SVDOT_FORMAT, SVDOT_VERSION } from './request.js';
import type { SvdotFields, SvdotResponse, SvdotResponseInput } from './types.js';

/** "4" "0" FS "0900". */
const HEADER_LENGTH = 7;

/** Encodes a response payload (what a host or simulator sends back). */
export function encodeResponse(response: SvdotResponseInput): Uint8Array {
  if (response === null || typeof response !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'response must be an object');
  }
  const version = requireDigits(response.version ?? SVDOT_VERSION, 1, 'version', 'version');
  const format = requireDigits(response.format ?? SVDOT_FORMAT, 1, 'format', 'format');
  const indicator = requireDigits(
    response.responseIndicator ?? RESPONSE_INDICATOR,
    4,
    'responseIndicator',
    'responseIndicator',
  );
  return encodePayload(version, format, '', indicator, response.fields, response.trailingSeparator);
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function decode(bytes: Uint8Array, trace: TraceEntry[] | null): SvdotResponse {
  checkHeader(bytes, 'SVdot response', HEADER_LENGTH);
  if (!isDigit(bytes[0]) || !isDigit(bytes[1])) {
    throw giftError(GiftErrorCode.CORRUPT_RESPONSE, 'SVdot response: version and format must be digits', {
      field: 'version',
      offset: 0,
      expected: '40',
      actual: toEscaped(bytes, 0, 2),
    });
  }
  if (bytes[2] !== FS) {
    throw giftError(
      GiftErrorCode.CORRUPT_RESPONSE,
      'SVdot response: field separator expected after version and format',
      {
        offset: 2,
        expected: '<FS>',
        actual: toEscaped(bytes, 2, 3),
      },
    );
  }
  for (let i = 3; i < 7; i++) {
    if (!isDigit(bytes[i])) {
      throw giftError(
        GiftErrorCode.CORRUPT_RESPONSE,
        'SVdot response: the response indicator must be 4 digits',
        {
          field: 'responseIndicator',
          offset: i,
          expected: RESPONSE_INDICATOR,
          actual: toEscaped(bytes, 3, 7),
        },
      );
    }
  }
  const value: SvdotResponse = {
    version: String.fromCharCode(bytes[0]!),
    format: String.fromCharCode(bytes[1]!),
    responseIndicator: asciiSlice(bytes, 3, 7),
    fields: {} as SvdotFields,
  };
  if (trace) {
    trace.push(
      headerEntry('version', 'Version Number', 0, value.version),
      headerEntry('format', 'Format Number', 1, value.format, '<FS>'),
    );
    const entry = headerEntry('responseIndicator', 'Response Indicator', 3, value.responseIndicator);
    if (value.responseIndicator === RESPONSE_INDICATOR) entry.meaning = 'response';
    if (bytes.length > HEADER_LENGTH) entry.terminator = '<FS>';
    trace.push(entry);
  }
  if (decodeBody(bytes, HEADER_LENGTH, 'SVdot response', 'the response indicator', value.fields, trace))
    value.trailingSeparator = true;
  return value;
}

/** Decodes a response payload; throws a `fdms-gift` PaywireError on anything that is not one. */
export function decodeResponse(bytes: Uint8Array): SvdotResponse {
  return decode(bytes, null);
}

/** Decodes a response payload and returns the annotated, masked field trace with it. */
export function traceResponse(bytes: Uint8Array): { value: SvdotResponse; entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  const value = decode(bytes, entries);
  return { value, entries };
}
