/**
 * A small strict UTF-8 encoder/decoder (TextEncoder/TextDecoder are not ECMAScript, so the pure
 * codec cannot use them). The decoder refuses overlong forms, surrogates and truncated sequences.
 */

import { datawireError, ErrorCode } from './errors.js';

/** Encodes a string as UTF-8; lone surrogates are an error (they have no UTF-8 form). */
export function encodeUtf8(text: string): Uint8Array {
  const n = text.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  const out = new Uint8Array(n * 3);
  let p = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
    } else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) {
        throw datawireError(ErrorCode.INVALID_FORMAT, 'lone surrogate cannot be encoded as UTF-8', {
          offset: i,
        });
      }
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      out[p++] = 0xf0 | (c >> 18);
      out[p++] = 0x80 | ((c >> 12) & 0x3f);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    } else {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 0x3f);
      out[p++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, p);
}

function bad(offset: number): never {
  throw datawireError(ErrorCode.INVALID_FORMAT, 'input is not valid UTF-8', { offset, field: 'input' });
}

/** Decodes UTF-8 strictly; the error carries the byte offset of the bad sequence. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  // ASCII fast path in chunks.
  let i = start;
  let s = '';
  while (i < end) {
    let j = i;
    while (j < end && bytes[j]! < 0x80) j++;
    if (j > i) {
      for (let k = i; k < j; k += 4096) {
        s += String.fromCharCode.apply(null, bytes.subarray(k, Math.min(j, k + 4096)) as unknown as number[]);
      }
      i = j;
      if (i >= end) break;
    }
    const b = bytes[i]!;
    let cp: number;
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
      min = 0x10000;
    } else {
      bad(i);
    }
    if (i + need >= end) bad(i);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) bad(i);
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) bad(i);
    s += String.fromCodePoint(cp);
    i += need + 1;
  }
  return s;
}
