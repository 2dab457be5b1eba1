// The bytes a TSYS record body must never hold: they frame records (EIS 1080 §7.7, EIS 1081 blocks).
import { ETB, ETX, STX } from '@paywire/core';

/** 1 for STX, ETX and ETB, 0 for every other byte. */
export const FRAMING_BYTES = new Uint8Array(256);
FRAMING_BYTES[STX] = 1;
FRAMING_BYTES[ETX] = 1;
FRAMING_BYTES[ETB] = 1;

const ONES = 0x01010101;
const HIGHS = 0x80808080 | 0;

// 32-bit view of the last byte array scanned (the encoders' writers), remade for another array
let viewed: Uint8Array | null = null;
let words: Int32Array<ArrayBufferLike> = new Int32Array(0);

/**
 * XOR of `bytes[from, end)` (the LRC of those bytes), or -1 when one of them is STX, ETX or ETB.
 * Four bytes per step: a word holds a 02/03 byte when `(v | 0x01010101) ^ 0x03030303` has a zero
 * byte, a 17 byte when `v ^ 0x17171717` has one (the usual "has a zero byte" bit test); the word
 * XORs fold into the LRC at the end.
 */
export function scanBody(bytes: Uint8Array, from: number, end: number): number {
  let x = 0;
  let framing = 0;
  let i = from;
  if ((bytes.byteOffset & 3) === 0 && end - from >= 16) {
    for (; (i & 3) !== 0; i++) {
      const b = bytes[i]!;
      x ^= b;
      framing |= FRAMING_BYTES[b]!;
    }
    if (viewed !== bytes) {
      viewed = bytes;
      words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    }
    const last = end >> 2;
    let xw = 0;
    let hits = 0;
    for (let k = i >> 2; k < last; k++) {
      const v = words[k]!;
      xw ^= v;
      const a = (v | ONES) ^ 0x03030303;
      const c = v ^ 0x17171717;
      hits |= ((a - ONES) & ~a) | ((c - ONES) & ~c);
    }
    if ((hits & HIGHS) !== 0) framing = 1;
    xw ^= xw >>> 16;
    xw ^= xw >>> 8;
    x ^= xw & 0xff;
    i = last << 2;
  }
  for (; i < end; i++) {
    const b = bytes[i]!;
    x ^= b;
    framing |= FRAMING_BYTES[b]!;
  }
  return framing === 0 ? x : -1;
}
