/**
 * A small UTF-8 codec (no TextEncoder/TextDecoder: they are not ECMAScript). ASCII takes a
 * fast path; lone surrogates are an error on encode (they have no UTF-8 form).
 */

import { ErrorCode } from '@paywire/core';
import { wireError } from '../errors.js';

/** Number of UTF-8 bytes of `text`; throws on a lone surrogate. */
export function utf8Length(text: string, field = 'value'): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw loneSurrogate(field);
      n += 4;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw loneSurrogate(field);
    else n += 3;
  }
  return n;
}

function loneSurrogate(field: string) {
  return wireError(ErrorCode.INVALID_FORMAT, `${field}: contains a lone UTF-16 surrogate (no UTF-8 form)`, {
    field,
    error: 'badformat',
  });
}

/** Writes `text` as UTF-8 at `pos` (the caller sized `out` with `utf8Length`); returns the new position. */
export function utf8Write(text: string, out: Uint8Array, pos: number): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[pos++] = c;
    else if (c < 0x800) {
      out[pos++] = 0xc0 | (c >> 6);
      out[pos++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      out[pos++] = 0xf0 | (c >> 18);
      out[pos++] = 0x80 | ((c >> 12) & 63);
      out[pos++] = 0x80 | ((c >> 6) & 63);
      out[pos++] = 0x80 | (c & 63);
    } else {
      out[pos++] = 0xe0 | (c >> 12);
      out[pos++] = 0x80 | ((c >> 6) & 63);
      out[pos++] = 0x80 | (c & 63);
    }
  }
  return pos;
}

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  const out = new Uint8Array(utf8Length(text));
  utf8Write(text, out, 0);
  return out;
}

/**
 * Decodes UTF-8 in [start, end). `strict` throws on malformed sequences (overlongs, surrogates,
 * truncation); otherwise each bad sequence becomes U+FFFD, as URL-encoded form parsing does.
 */
export function utf8Decode(bytes: Uint8Array, start = 0, end = bytes.length, strict = true): string {
  let out = '';
  let i = start;
  // ASCII run fast path.
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      let j = i + 1;
      while (j < end && bytes[j]! < 0x80) j++;
      out += asciiRun(bytes, i, j);
      i = j;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      if (strict) throw badUtf8(i);
      out += '\uFFFD';
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = i + k < end ? bytes[i + k]! : -1;
      if ((c & 0xc0) !== 0x80 || c < 0) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (k <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (strict) throw badUtf8(i);
      out += '\uFFFD';
      i += Math.max(1, k === need + 1 ? need + 1 : k);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function asciiRun(bytes: Uint8Array, start: number, end: number): string {
  if (end - start < 8) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
    return s;
  }
  let s = '';
  for (let i = start; i < end; i += 4096) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  return s;
}

function badUtf8(offset: number) {
  return wireError(ErrorCode.INVALID_FORMAT, `input is not valid UTF-8 at byte ${offset}`, {
    offset,
    field: 'input',
  });
}
