/**
 * `application/x-www-form-urlencoded`: the body of an HTTPS POST to the gateway (guide
 * Appendix C), the Vault query string and the batch download form. Written by hand (no
 * URLSearchParams): letters, digits and `*-._` stay, space becomes `+`, every other byte of the
 * UTF-8 form becomes `%XX` (upper-case hex), which is the WHATWG serialisation.
 */

import { forEachPair, type NvpInput, type NvpPair } from './pairs.js';
import { utf8Decode, utf8Length, utf8Write } from './utf8.js';

const HEX = '0123456789ABCDEF';

/** 1 where the byte is written as itself. */
const SAFE = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) SAFE[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) SAFE[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) SAFE[c] = 1;
for (const c of '*-._') SAFE[c.charCodeAt(0)] = 1;

/** Encoded length of one name or value. */
function encodedLength(text: string, field: string): number {
  let n = 0;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    n += SAFE[c] === 1 || c === 0x20 ? 1 : 3;
  }
  if (ascii) return n;
  // Non-ASCII: every UTF-8 byte above 0x7F becomes %XX.
  n = 0;
  const bytes = new Uint8Array(utf8Length(text, field));
  utf8Write(text, bytes, 0);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    n += b < 0x80 && (SAFE[b] === 1 || b === 0x20) ? 1 : 3;
  }
  return n;
}

function writeEncoded(text: string, out: Uint8Array, p: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (SAFE[c] === 1) out[p++] = c;
      else if (c === 0x20) out[p++] = 0x2b;
      else {
        out[p++] = 0x25;
        out[p++] = HEX.charCodeAt(c >> 4);
        out[p++] = HEX.charCodeAt(c & 15);
      }
      continue;
    }
    // One code point (possibly a surrogate pair) to UTF-8, then escape each byte.
    const isPair = c >= 0xd800 && c <= 0xdbff;
    const tmp = new Uint8Array(4);
    const len = utf8Write(isPair ? text.slice(i, i + 2) : text[i]!, tmp, 0);
    if (isPair) i++;
    for (let k = 0; k < len; k++) {
      const b = tmp[k]!;
      out[p++] = 0x25;
      out[p++] = HEX.charCodeAt(b >> 4);
      out[p++] = HEX.charCodeAt(b & 15);
    }
  }
  return p;
}

/** Encodes pairs as a form body / query string (`name=value&...`). */
export function encodeForm(input: NvpInput): Uint8Array {
  let total = 0;
  let count = 0;
  forEachPair(input, (name, value) => {
    total += encodedLength(name, 'name') + encodedLength(value, name) + 1;
    count++;
  });
  if (count > 1) total += count - 1;
  const out = new Uint8Array(total);
  let p = 0;
  let first = true;
  forEachPair(input, (name, value) => {
    if (!first) out[p++] = 0x26;
    first = false;
    p = writeEncoded(name, out, p);
    out[p++] = 0x3d;
    p = writeEncoded(value, out, p);
  });
  return out;
}

/** The form encoding as a string (for query strings). */
export function encodeFormString(input: NvpInput): string {
  const bytes = encodeForm(input);
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode.apply(
      null,
      bytes.subarray(i, Math.min(bytes.length, i + 4096)) as unknown as number[],
    );
  }
  return s;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Percent-decodes [start, end): `+` is a space, bad `%` sequences stay as they are, bad UTF-8 becomes U+FFFD. */
function decodeComponent(bytes: Uint8Array, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x25 || b === 0x2b || b >= 0x80) {
      plain = false;
      break;
    }
  }
  if (plain) return utf8Decode(bytes, start, end, false);
  const buf = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x2b) buf[n++] = 0x20;
    else if (b === 0x25 && i + 2 < end) {
      const h = hexValue(bytes[i + 1]!);
      const l = hexValue(bytes[i + 2]!);
      if (h >= 0 && l >= 0) {
        buf[n++] = (h << 4) | l;
        i += 2;
      } else buf[n++] = b;
    } else buf[n++] = b;
  }
  return utf8Decode(buf, 0, n, false);
}

export interface FormDecoded {
  pairs: NvpPair[];
  /** Byte offset of each pair's segment. */
  offsets: number[];
  /** Byte length of each pair's segment. */
  lengths: number[];
}

/**
 * Parses a form body the WHATWG way: `&`-separated, split at the first `=`, a segment without `=`
 * is a name with an empty value. Empty segments are kept as an empty pair so positions stay exact.
 */
export function decodeForm(bytes: Uint8Array, start = 0, end = bytes.length): FormDecoded {
  const pairs: NvpPair[] = [];
  const offsets: number[] = [];
  const lengths: number[] = [];
  if (end <= start) return { pairs, offsets, lengths };
  let pos = start;
  while (pos <= end) {
    let amp = pos;
    let eq = -1;
    while (amp < end) {
      const b = bytes[amp]!;
      if (b === 0x26) break;
      if (b === 0x3d && eq < 0) eq = amp;
      amp++;
    }
    const name = decodeComponent(bytes, pos, eq < 0 ? amp : eq);
    const value = eq < 0 ? '' : decodeComponent(bytes, eq + 1, amp);
    pairs.push([name, value]);
    offsets.push(pos);
    lengths.push(amp - pos);
    pos = amp + 1;
  }
  return { pairs, offsets, lengths };
}

/** Decodes a form given as a string (a query string without the leading `?`). */
export function decodeFormString(text: string): NvpPair[] {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      const bytes = new Uint8Array(utf8Length(text, 'query'));
      utf8Write(text, bytes, 0);
      return decodeForm(bytes).pairs;
    }
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return decodeForm(bytes).pairs;
}
