/**
 * Datawire payload escaping for ValueLink (service 104) payloads without an `Encoding` attribute:
 * bytes outside a small safe set travel as `|` + two uppercase hex digits (`|1C` for FS).
 *
 * Verified in recorded staging traffic: FS as `|1C` both ways; space, `"`, `(`, `+`, `,`, `[`, `~`
 * escaped; digits, letters and `.` literal. The exact safe set of the Datawire DTD is not public:
 * the encoder therefore emits only `[0-9A-Za-z.]` literally (inferred) and escapes everything
 * else, including `|` itself (`|7C`).
 */

import { asciiSlice, copyBytes } from '@paywire/core';
import { datawireError, ErrorCode } from './errors.js';

const HEX = '0123456789ABCDEF';

/** 1 for bytes the encoder writes literally. */
const SAFE = new Uint8Array(256);
for (let b = 0x30; b <= 0x39; b++) SAFE[b] = 1;
for (let b = 0x41; b <= 0x5a; b++) SAFE[b] = 1;
for (let b = 0x61; b <= 0x7a; b++) SAFE[b] = 1;
SAFE[0x2e] = 1;

/** Escaped form of every byte, built once. */
const ESCAPED: string[] = [];
for (let b = 0; b < 256; b++)
  ESCAPED.push(SAFE[b] ? String.fromCharCode(b) : `|${HEX[b >> 4]}${HEX[b & 15]}`);

/** Char codes of the hex digits. */
const HEX_CODE = new Uint8Array(16);
for (let k = 0; k < 16; k++) HEX_CODE[k] = HEX.charCodeAt(k);

/** Value of a hex digit (either case) by char code, -1 for anything else below 0x100. */
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let k = 0; k < 16; k++) {
  HEX_VALUE[HEX.charCodeAt(k)] = k;
  HEX_VALUE[HEX.toLowerCase().charCodeAt(k)] = k;
}

/** Working buffer of the escaper and unescaper (results are copied out of it); inputs above the cap use their own. */
const SCRATCH_CAP = 64 * 1024;
let scratch = new Uint8Array(1024);

function scratchFor(n: number): Uint8Array {
  if (n <= scratch.length) return scratch;
  if (n > SCRATCH_CAP) return new Uint8Array(n);
  scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
  return scratch;
}

/** True when the encoder writes this byte as itself. */
export function isPayloadSafeByte(byte: number): boolean {
  return byte >= 0 && byte < 256 && SAFE[byte] === 1;
}

/** Escapes payload bytes to the `|XX` text form carried in `<Payload>`. */
export function escapePayload(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n < 8) {
    let s = '';
    for (let i = 0; i < n; i++) s += ESCAPED[bytes[i]!]!;
    return s;
  }
  // The escaped characters go to a byte buffer first, then become a string sixteen at a time
  // (core's asciiSlice): a short chain of flat pieces instead of one concatenation per byte.
  const b = scratchFor(3 * n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const x = bytes[i]!;
    if (SAFE[x] === 1) b[p++] = x;
    else {
      b[p++] = 0x7c;
      b[p++] = HEX_CODE[x >> 4]!;
      b[p++] = HEX_CODE[x & 15]!;
    }
  }
  const s = asciiSlice(b, 0, p);
  b.fill(0, 0, p); // the payload holds card data: nothing of it stays in the shared scratch
  return s;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Reads the `|XX` text form, writing the bytes to `out` (or only checking, when `out` is null). */
function unescapeInto(text: string, out: Uint8Array | null): number {
  const n = text.length;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c) {
      const hi = i + 2 < n ? hexValue(text.charCodeAt(i + 1)) : -1;
      const lo = hi >= 0 ? hexValue(text.charCodeAt(i + 2)) : -1;
      if (lo < 0) {
        throw datawireError(ErrorCode.INVALID_FORMAT, "'|' must be followed by two hex digits", {
          field: 'Payload',
          offset: i,
          expected: '|XX',
          actual: JSON.stringify(text.slice(i, i + 3)),
        });
      }
      if (out !== null) out[p] = (hi << 4) | lo;
      p++;
      i += 2;
    } else if (c > 0xff) {
      throw datawireError(ErrorCode.INVALID_FORMAT, 'character above U+00FF cannot be a payload byte', {
        field: 'Payload',
        offset: i,
      });
    } else {
      if (out !== null) out[p] = c;
      p++;
    }
  }
  return p;
}

/**
 * Decodes the `|XX` text form back to bytes. Hex digits are accepted in either case; any other
 * character is taken literally when it fits in a byte. A `|` not followed by two hex digits, or a
 * character above U+00FF, is an error with the offset in the payload text.
 */
export function unescapePayload(text: string): Uint8Array {
  const n = text.length;
  const b = scratchFor(n);
  let p = 0;
  try {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7c) {
        if (i + 2 >= n) return fail(text);
        const h = text.charCodeAt(i + 1);
        const l = text.charCodeAt(i + 2);
        const hi = h < 0x100 ? HEX_VALUE[h]! : -1;
        const lo = l < 0x100 ? HEX_VALUE[l]! : -1;
        if ((hi | lo) < 0) return fail(text);
        b[p++] = (hi << 4) | lo;
        i += 2;
      } else if (c > 0xff) {
        return fail(text);
      } else {
        b[p++] = c;
      }
    }
    return copyBytes(b, 0, p);
  } finally {
    b.fill(0, 0, p); // the payload holds card data: nothing of it stays in the shared scratch
  }
}

/** The slow reader raises the error (with its offset) for text the fast loop refused. */
function fail(text: string): never {
  unescapeInto(text, null);
  throw new Error('unreachable: unescapeInto accepted text the fast loop refused');
}

/** Throws exactly what `unescapePayload` would throw for `text`, without producing the bytes. */
export function checkPayloadEscapes(text: string): void {
  unescapeInto(text, null);
}
