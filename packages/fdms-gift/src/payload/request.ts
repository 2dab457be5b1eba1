// SVdot request framing (paymentech-datawire-svdot-wire.md c.1): "SV." MID(11) FS version format code(4) {FS id value}.

import { asciiSlice, FS, type TraceEntry, toEscaped } from '@paywire/core';
import { requestCodeName } from '../codes/request-codes.js';
import { GiftErrorCode, giftError } from '../errors.js';
import { checkHeader, decodeBody, encodePayload, headerEntry, requireDigits } from './fields.js';
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

/** Encodes a request payload (raw bytes, FS = 0x1C; Datawire's `|1C` escaping is the envelope's job). */
export function encodeRequest(request: SvdotRequestInput): Uint8Array {
  if (request === null || typeof request !== 'object') {
    throw giftError(GiftErrorCode.INVALID_ARGUMENT, 'request must be an object');
  }
  const mid = requireDigits(request.merchantId, 11, 'merchantId', 'merchantId: the merchant id');
  const version = requireDigits(
    request.version ?? SVDOT_VERSION,
    1,
    'version',
    'version: the version number',
  );
  const format = requireDigits(request.format ?? SVDOT_FORMAT, 1, 'format', 'format: the format number');
  const code = requireDigits(
    request.requestCode,
    4,
    'requestCode',
    'requestCode: the transaction request code',
  );
  return encodePayload(
    MESSAGE_IDENTIFIER,
    mid,
    version + format,
    code,
    request.fields,
    request.trailingSeparator,
  );
}

function decode(bytes: Uint8Array, trace: TraceEntry[] | null): SvdotRequest {
  checkHeader(bytes, 'SVdot request', HEADER_LENGTH);
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
    merchantId: asciiSlice(bytes, 3, 14),
    version: String.fromCharCode(bytes[15]!),
    format: String.fromCharCode(bytes[16]!),
    requestCode: asciiSlice(bytes, 17, 21),
    fields: {} as SvdotFields,
  };
  if (trace) {
    trace.push(
      headerEntry('messageIdentifier', 'Message Identifier', 0, 'SV.'),
      headerEntry('merchantId', 'Merchant ID', 3, value.merchantId, '<FS>'),
      headerEntry('version', 'Version Number', 15, value.version),
      headerEntry('format', 'Format Number', 16, value.format),
    );
    const entry = headerEntry('requestCode', 'Transaction Request Code', 17, value.requestCode);
    const name = requestCodeName(value.requestCode);
    if (name !== undefined) entry.meaning = name;
    if (bytes.length > HEADER_LENGTH) entry.terminator = '<FS>';
    trace.push(entry);
  }
  if (decodeBody(bytes, HEADER_LENGTH, 'SVdot request', 'the request code', value.fields, trace))
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
