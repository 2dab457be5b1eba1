/** UTF-8 for the XML text, on core's codec; errors are re-raised in the datawire family. */

import { type PaywireError, utf8Decode, utf8Encode } from '@paywire/core';
import { datawireError, ErrorCode } from './errors.js';

/** Encodes a string as UTF-8; lone surrogates are an error (they have no UTF-8 form). */
export function encodeUtf8(text: string): Uint8Array {
  try {
    return utf8Encode(text);
  } catch (e) {
    throw datawireError(ErrorCode.INVALID_FORMAT, 'lone surrogate cannot be encoded as UTF-8', {
      offset: (e as PaywireError).offset,
    });
  }
}

const fc = String.fromCharCode;

/**
 * `bytes[start, end)` as text when every byte is ASCII, else undefined. Sixteen characters per
 * `fromCharCode` call and one OR per byte: about twice as fast as a general UTF-8 reader on
 * the all-ASCII documents Datawire hosts send.
 */
function asciiText(b: Uint8Array, start: number, end: number): string | undefined {
  let s = '';
  let or = 0;
  let i = start;
  for (; i + 16 <= end; i += 16) {
    const c0 = b[i]!;
    const c1 = b[i + 1]!;
    const c2 = b[i + 2]!;
    const c3 = b[i + 3]!;
    const c4 = b[i + 4]!;
    const c5 = b[i + 5]!;
    const c6 = b[i + 6]!;
    const c7 = b[i + 7]!;
    const c8 = b[i + 8]!;
    const c9 = b[i + 9]!;
    const c10 = b[i + 10]!;
    const c11 = b[i + 11]!;
    const c12 = b[i + 12]!;
    const c13 = b[i + 13]!;
    const c14 = b[i + 14]!;
    const c15 = b[i + 15]!;
    or |= c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14 | c15;
    s += fc(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15);
  }
  for (; i < end; i++) {
    const c = b[i]!;
    or |= c;
    s += fc(c);
  }
  return (or & 0x80) === 0 ? s : undefined;
}

/** Decodes UTF-8 strictly; the error carries the byte offset of the bad sequence. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (start === 0 && end === bytes.length) {
    const ascii = asciiText(bytes, 0, end);
    if (ascii !== undefined) return ascii;
  }
  try {
    return utf8Decode(bytes, start, end);
  } catch (e) {
    throw datawireError(ErrorCode.INVALID_FORMAT, 'input is not valid UTF-8', {
      offset: (e as PaywireError).offset,
      field: 'input',
    });
  }
}
