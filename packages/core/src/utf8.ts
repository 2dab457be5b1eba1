/**
 * UTF-8 without TextEncoder/TextDecoder (they are Web APIs, not ECMAScript), for the text-based
 * wire formats (Datawire XML, TrustCommerce name=value). ASCII runs take a fast path.
 */

import { allocBytes, asciiSlice, block16 } from './bytes.js';
import { ErrorCode, PaywireError } from './errors.js';

function loneSurrogate(at: number): PaywireError {
  return new PaywireError(ErrorCode.INVALID_FORMAT, 'text contains a lone UTF-16 surrogate (no UTF-8 form)', {
    offset: at,
  });
}

/** Number of UTF-8 bytes of `text`; throws INVALID_FORMAT on a lone surrogate. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw loneSurrogate(i);
      n += 4;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw loneSurrogate(i);
    else n += 3;
  }
  return n;
}

/** Writes `text` as UTF-8 into `out` at `pos` (size it with `utf8Length`); returns the new position. */
export function utf8Write(text: string, out: Uint8Array, pos: number): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[pos++] = c;
    else if (c < 0x800) {
      out[pos++] = 0xc0 | (c >> 6);
      out[pos++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw loneSurrogate(i);
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
      out[pos++] = 0xf0 | (c >> 18);
      out[pos++] = 0x80 | ((c >> 12) & 63);
      out[pos++] = 0x80 | ((c >> 6) & 63);
      out[pos++] = 0x80 | (c & 63);
    } else if (c >= 0xdc00 && c <= 0xdfff) throw loneSurrogate(i);
    else {
      out[pos++] = 0xe0 | (c >> 12);
      out[pos++] = 0x80 | ((c >> 6) & 63);
      out[pos++] = 0x80 | (c & 63);
    }
  }
  return pos;
}

/** UTF-8 bytes of `text`. */
export function utf8Encode(text: string): Uint8Array {
  // Wire text is nearly always ASCII: one pass that writes as it checks; the first non-ASCII
  // character falls back to sizing and writing the whole text.
  const n = text.length;
  const ascii = allocBytes(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      const out = allocBytes(utf8Length(text));
      utf8Write(text, out, 0);
      return out;
    }
    ascii[i] = c;
  }
  return ascii;
}

/**
 * Decodes UTF-8 in [start, end). Strict (default) throws INVALID_FORMAT with the byte offset on
 * overlong forms, surrogates and truncated sequences; lenient turns each bad sequence into U+FFFD.
 */
export function utf8Decode(bytes: Uint8Array, start = 0, end = bytes.length, strict = true): string {
  let out = '';
  let i = start;
  // Wire text is nearly always ASCII: sixteen characters per call while the bytes are, then the
  // general reader from the first block that is not.
  for (; i + 16 <= end; i += 16) {
    let or = 0;
    for (let k = i; k < i + 16; k++) or |= bytes[k]!;
    if (or >= 0x80) break;
    out += block16(bytes, i);
  }
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      let j = i + 1;
      while (j < end && bytes[j]! < 0x80) j++;
      out += asciiSlice(bytes, i, j);
      i = j;
      continue;
    }
    // Lead byte, then the allowed range of the first continuation byte (which excludes overlong
    // forms, surrogates and code points above U+10FFFF), as the WHATWG decoder checks them.
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      if (strict) throw badUtf8(i);
      out += '\uFFFD';
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = i + k < end ? bytes[i + k]! : -1;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (k <= need) {
      if (strict) throw badUtf8(i);
      // the lead byte and the valid continuation bytes so far become one replacement character
      out += '\uFFFD';
      i += k;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function badUtf8(offset: number): PaywireError {
  return new PaywireError(ErrorCode.INVALID_FORMAT, `input is not valid UTF-8 at byte ${offset}`, {
    offset,
    field: 'input',
  });
}
