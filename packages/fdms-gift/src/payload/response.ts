// SVdot response framing (paymentech-datawire-svdot-wire.md c.2): version format FS "0900" {FS id value}.

import { bytesToLatin1, FS, type TraceEntry, toEscaped } from '@paywire/core';
import { RESPONSE_INDICATOR } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkInput, decodeFields, fieldsLength, fieldTexts, writeAscii, writeFields } from './fields.js';
import { SVDOT_FORMAT, SVDOT_VERSION } from './request.js';
import type { SvdotFields, SvdotResponse, SvdotResponseInput } from './types.js';

/** "4" "0" FS "0900". */
const HEADER_LENGTH = 7;

function digits(value: unknown, length: number, field: string): string {
  if (typeof value !== 'string' || value.length !== length || !/^[0-9]+$/.test(value)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, `${field} must be exactly ${length} digits`, {
      field,
      expected: `${length} digits`,
      actual: typeof value === 'string' ? value : typeof value,
    });
  }
  return value;
}

/** Encodes a response payload (what a host or simulator sends back). */
export function encodeResponse(response: SvdotResponseInput): Uint8Array {
  if (response === null || typeof response !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'response must be an object');
  }
  const version = digits(response.version ?? SVDOT_VERSION, 1, 'version');
  const format = digits(response.format ?? SVDOT_FORMAT, 1, 'format');
  const indicator = digits(response.responseIndicator ?? RESPONSE_INDICATOR, 4, 'responseIndicator');
  const texts = fieldTexts(response.fields);
  const trailing = response.trailingSeparator === true;
  const out = new Uint8Array(HEADER_LENGTH + fieldsLength(texts) + (trailing ? 1 : 0));
  let pos = writeAscii(out, 0, version);
  pos = writeAscii(out, pos, format);
  out[pos++] = FS;
  pos = writeAscii(out, pos, indicator);
  pos = writeFields(out, pos, texts);
  if (trailing) out[pos] = FS;
  return out;
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function decode(bytes: Uint8Array, trace: TraceEntry[] | null): SvdotResponse {
  checkInput(bytes, 'SVdot response');
  if (bytes.length < HEADER_LENGTH) {
    throw giftError(
      GiftErrorCode.TRUNCATED,
      `SVdot response: ${bytes.length} bytes, the header alone is ${HEADER_LENGTH}`,
      {
        offset: bytes.length,
      },
    );
  }
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
    responseIndicator: bytesToLatin1(bytes, 3, 7),
    fields: {} as SvdotFields,
  };
  if (trace) {
    trace.push(
      {
        path: 'version',
        label: 'Version Number',
        offset: 0,
        length: 1,
        raw: value.version,
        value: value.version,
        depth: 0,
      },
      {
        path: 'format',
        label: 'Format Number',
        offset: 1,
        length: 1,
        raw: value.format,
        value: value.format,
        terminator: '<FS>',
        depth: 0,
      },
    );
    const entry: TraceEntry = {
      path: 'responseIndicator',
      label: 'Response Indicator',
      offset: 3,
      length: 4,
      raw: value.responseIndicator,
      value: value.responseIndicator,
      depth: 0,
    };
    if (value.responseIndicator === RESPONSE_INDICATOR) entry.meaning = 'response';
    if (bytes.length > HEADER_LENGTH) entry.terminator = '<FS>';
    trace.push(entry);
  }
  if (bytes.length === HEADER_LENGTH) return value;
  if (bytes[HEADER_LENGTH] !== FS) {
    throw giftError(
      GiftErrorCode.CORRUPT_RESPONSE,
      'SVdot response: field separator expected after the response indicator',
      {
        offset: HEADER_LENGTH,
        expected: '<FS>',
        actual: toEscaped(bytes, HEADER_LENGTH, HEADER_LENGTH + 1),
      },
    );
  }
  if (decodeFields(bytes, HEADER_LENGTH + 1, bytes.length, value.fields, trace))
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
