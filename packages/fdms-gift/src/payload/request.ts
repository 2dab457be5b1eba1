// SVdot request framing (paymentech-datawire-svdot-wire.md c.1): "SV." MID(11) FS version format code(4) {FS id value}.

import { bytesToLatin1, FS, type TraceEntry, toEscaped } from '@paywire/core';
import { requestCodeName } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkInput, decodeFields, fieldsLength, fieldTexts, writeAscii, writeFields } from './fields.js';
import type { SvdotFields, SvdotRequest, SvdotRequestInput } from './types.js';

export const MESSAGE_IDENTIFIER = 'SV.';
export const SVDOT_VERSION = '4';
export const SVDOT_FORMAT = '0';
/** Bytes before the first field: "SV." + 11 + FS + 1 + 1 + 4. */
const HEADER_LENGTH = 21;

function isDigits(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b < 0x30 || b > 0x39) return false;
  }
  return true;
}

function digitsText(value: unknown, length: number, field: string, label: string): string {
  if (typeof value !== 'string' || value.length !== length || !/^[0-9]+$/.test(value)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, `${field}: ${label} must be exactly ${length} digits`, {
      field,
      expected: `${length} digits`,
      actual: typeof value === 'string' ? value : typeof value,
    });
  }
  return value;
}

/** Encodes a request payload (raw bytes, FS = 0x1C; Datawire's `|1C` escaping is the envelope's job). */
export function encodeRequest(request: SvdotRequestInput): Uint8Array {
  if (request === null || typeof request !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'request must be an object');
  }
  const mid = digitsText(request.merchantId, 11, 'merchantId', 'the merchant id');
  const version = digitsText(request.version ?? SVDOT_VERSION, 1, 'version', 'the version number');
  const format = digitsText(request.format ?? SVDOT_FORMAT, 1, 'format', 'the format number');
  const code = digitsText(request.requestCode, 4, 'requestCode', 'the transaction request code');
  const texts = fieldTexts(request.fields);
  const trailing = request.trailingSeparator === true;
  const out = new Uint8Array(HEADER_LENGTH + fieldsLength(texts) + (trailing ? 1 : 0));
  let pos = writeAscii(out, 0, MESSAGE_IDENTIFIER);
  pos = writeAscii(out, pos, mid);
  out[pos++] = FS;
  pos = writeAscii(out, pos, version);
  pos = writeAscii(out, pos, format);
  pos = writeAscii(out, pos, code);
  pos = writeFields(out, pos, texts);
  if (trailing) out[pos] = FS;
  return out;
}

function decode(bytes: Uint8Array, trace: TraceEntry[] | null): SvdotRequest {
  checkInput(bytes, 'SVdot request');
  if (bytes.length < HEADER_LENGTH) {
    throw giftError(
      GiftErrorCode.TRUNCATED,
      `SVdot request: ${bytes.length} bytes, the header alone is ${HEADER_LENGTH}`,
      {
        offset: bytes.length,
      },
    );
  }
  if (bytes[0] !== 0x53 || bytes[1] !== 0x56 || bytes[2] !== 0x2e) {
    throw giftError(
      GiftErrorCode.CORRUPT_RESPONSE,
      "SVdot request: does not start with the message identifier 'SV.'",
      {
        field: 'messageIdentifier',
        offset: 0,
        expected: 'SV.',
        actual: toEscaped(bytes, 0, 3),
      },
    );
  }
  if (!isDigits(bytes, 3, 14)) {
    throw giftError(GiftErrorCode.INVALID_FORMAT, 'SVdot request: merchant id must be 11 digits', {
      field: 'merchantId',
      offset: 3,
      actual: toEscaped(bytes, 3, 14),
    });
  }
  if (bytes[14] !== FS) {
    throw giftError(
      GiftErrorCode.CORRUPT_RESPONSE,
      'SVdot request: field separator expected after the merchant id',
      {
        offset: 14,
        expected: '<FS>',
        actual: toEscaped(bytes, 14, 15),
      },
    );
  }
  if (!isDigits(bytes, 15, 21)) {
    throw giftError(
      GiftErrorCode.INVALID_FORMAT,
      'SVdot request: version, format and request code must be digits',
      { field: 'requestCode', offset: 15, actual: toEscaped(bytes, 15, 21) },
    );
  }
  const value: SvdotRequest = {
    merchantId: bytesToLatin1(bytes, 3, 14),
    version: String.fromCharCode(bytes[15]!),
    format: String.fromCharCode(bytes[16]!),
    requestCode: bytesToLatin1(bytes, 17, 21),
    fields: {} as SvdotFields,
  };
  if (trace) {
    trace.push(
      {
        path: 'messageIdentifier',
        label: 'Message Identifier',
        offset: 0,
        length: 3,
        raw: 'SV.',
        value: 'SV.',
        depth: 0,
      },
      {
        path: 'merchantId',
        label: 'Merchant ID',
        offset: 3,
        length: 11,
        raw: value.merchantId,
        value: value.merchantId,
        terminator: '<FS>',
        depth: 0,
      },
      {
        path: 'version',
        label: 'Version Number',
        offset: 15,
        length: 1,
        raw: value.version,
        value: value.version,
        depth: 0,
      },
      {
        path: 'format',
        label: 'Format Number',
        offset: 16,
        length: 1,
        raw: value.format,
        value: value.format,
        depth: 0,
      },
    );
    const entry: TraceEntry = {
      path: 'requestCode',
      label: 'Transaction Request Code',
      offset: 17,
      length: 4,
      raw: value.requestCode,
      value: value.requestCode,
      depth: 0,
    };
    const name = requestCodeName(value.requestCode);
    if (name !== undefined) entry.meaning = name;
    if (bytes.length > HEADER_LENGTH) entry.terminator = '<FS>';
    trace.push(entry);
  }
  if (bytes.length === HEADER_LENGTH) return value;
  if (bytes[HEADER_LENGTH] !== FS) {
    throw giftError(
      GiftErrorCode.CORRUPT_RESPONSE,
      'SVdot request: field separator expected after the request code',
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

/** Decodes a request payload; throws a `fdms-gift` PaywireError on anything that is not one. */
export function decodeRequest(bytes: Uint8Array): SvdotRequest {
  return decode(bytes, null);
}

/** Decodes a request payload and returns the annotated, masked field trace with it. */
export function traceRequest(bytes: Uint8Array): { value: SvdotRequest; entries: TraceEntry[] } {
  const entries: TraceEntry[] = [];
  const value = decode(bytes, entries);
  return { value, entries };
}
