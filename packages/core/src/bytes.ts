/** Allocation-light ASCII byte writer and reader over `Uint8Array` (no `Buffer`). */

import { ErrorCode, PaywireError } from './errors.js';

// Encoders hand out many small results (a TSYS request is ~180 bytes). A fresh ArrayBuffer per
// result costs more than encoding the packet, so, like Node's Buffer pool and msgpackr, results up
// to POOLED_MAX bytes are views into a shared slab: each result gets its own never-reused region
// (`byteOffset`/`byteLength` delimit it), and a new slab starts when one is full. A result
// therefore keeps its slab alive, and its `.buffer` also holds other results: use
// `result.slice()` before transferring or exposing the ArrayBuffer itself.
const SLAB_BYTES = 32 * 1024;
const POOLED_MAX = 2 * 1024;
let slab: ArrayBuffer | null = null;
let slabUsed = SLAB_BYTES;

/** Start of a fresh region of `n` bytes in the current slab (a new slab when needed). */
function slabRegion(n: number): ArrayBuffer {
  // byteLength 0: the slab was transferred (detached) through some result's `.buffer`
  if (slab === null || slabUsed + n > SLAB_BYTES || slab.byteLength === 0) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  return slab;
}

/**
 * A new zero-filled byte array of length `n` for a result: small ones are a region of a shared
 * slab (see above), larger ones get their own buffer.
 */
export function allocBytes(n: number): Uint8Array {
  if (n > POOLED_MAX) return new Uint8Array(n);
  const buffer = slabRegion(n);
  const out = new Uint8Array(buffer, slabUsed, n);
  slabUsed = (slabUsed + n + 7) & ~7;
  return out;
}

/** A copy of `src[start, end)` for a result, allocated like `allocBytes`. */
export function copyBytes(src: Uint8Array, start: number, end: number): Uint8Array {
  const out = allocBytes(end - start);
  out.set(src.subarray(start, end));
  return out;
}

export class ByteWriter {
  /** Backing store; grows by doubling. Bytes [0, length) are the written content. */
  buffer: Uint8Array;
  length = 0;
  readonly maxLength: number;

  constructor(initialCapacity = 256, maxLength = 64 * 1024 * 1024) {
    this.buffer = new Uint8Array(initialCapacity);
    this.maxLength = maxLength;
  }

  reset(): this {
    this.length = 0;
    return this;
  }

  ensure(extra: number): void {
    const need = this.length + extra;
    if (need <= this.buffer.length) return;
    if (need > this.maxLength) {
      throw new PaywireError(ErrorCode.INPUT_TOO_LARGE, `output would exceed ${this.maxLength} bytes`);
    }
    let cap = this.buffer.length * 2;
    while (cap < need) cap *= 2;
    const next = new Uint8Array(Math.min(cap, this.maxLength));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(b: number): this {
    if (this.length >= this.buffer.length) this.ensure(1);
    this.buffer[this.length++] = b;
    return this;
  }

  /** Writes a string whose characters are all below 0x100, one byte each. */
  ascii(text: string): this {
    const n = text.length;
    if (this.length + n > this.buffer.length) this.ensure(n);
    const buf = this.buffer;
    let p = this.length;
    for (let i = 0; i < n; i++) buf[p++] = text.charCodeAt(i);
    this.length = p;
    return this;
  }

  /** Writes `count` copies of one byte. */
  fill(b: number, count: number): this {
    if (count <= 0) return this;
    if (this.length + count > this.buffer.length) this.ensure(count);
    this.buffer.fill(b, this.length, this.length + count);
    this.length += count;
    return this;
  }

  bytes(src: Uint8Array): this {
    if (this.length + src.length > this.buffer.length) this.ensure(src.length);
    this.buffer.set(src, this.length);
    this.length += src.length;
    return this;
  }

  /** A copy of the written bytes, independent of the writer (small results share a slab: see `allocBytes`). */
  toBytes(): Uint8Array {
    return copyBytes(this.buffer, 0, this.length);
  }

  /** A view of the written bytes; valid until the writer is written to again. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

export class ByteReader {
  readonly bytes: Uint8Array;
  pos: number;
  end: number;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  peek(): number {
    return this.pos < this.end ? this.bytes[this.pos]! : -1;
  }

  byte(): number {
    if (this.pos >= this.end) {
      throw new PaywireError(ErrorCode.TRUNCATED, 'unexpected end of data', { offset: this.pos });
    }
    return this.bytes[this.pos++]!;
  }

  /** Reads `n` bytes as a one-char-per-byte string. */
  ascii(n: number): string {
    if (this.pos + n > this.end) {
      throw new PaywireError(
        ErrorCode.TRUNCATED,
        `unexpected end of data: wanted ${n} bytes, ${this.remaining} left`,
        {
          offset: this.pos,
        },
      );
    }
    const s = asciiSlice(this.bytes, this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  /** Index of the next occurrence of `b` at or after the current position, or -1. */
  indexOf(b: number): number {
    const i = this.bytes.indexOf(b, this.pos);
    return i < 0 || i >= this.end ? -1 : i;
  }
}

const fc = String.fromCharCode;

/**
 * One char per byte. Short fields (the common case in payment records) call
 * `String.fromCharCode` with an explicit argument list: no intermediate array, no cons-string.
 */
export function asciiSlice(b: Uint8Array, s: number, e: number): string {
  switch (e - s) {
    case 0:
      return '';
    case 1:
      return fc(b[s]!);
    case 2:
      return fc(b[s]!, b[s + 1]!);
    case 3:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    default:
      return e - s <= 16 ? midSlice(b, s, e) : longSlice(b, s, e);
  }
}

/** 9-16 bytes (most payment fields): one explicit-arity call each, no intermediate strings. */
function midSlice(b: Uint8Array, s: number, e: number): string {
  const a0 = b[s]!;
  const a1 = b[s + 1]!;
  const a2 = b[s + 2]!;
  const a3 = b[s + 3]!;
  const a4 = b[s + 4]!;
  const a5 = b[s + 5]!;
  const a6 = b[s + 6]!;
  const a7 = b[s + 7]!;
  const a8 = b[s + 8]!;
  switch (e - s) {
    case 9:
      return fc(a0, a1, a2, a3, a4, a5, a6, a7, a8);
    case 10:
      return fc(a0, a1, a2, a3, a4, a5, a6, a7, a8, b[s + 9]!);
    case 11:
      return fc(a0, a1, a2, a3, a4, a5, a6, a7, a8, b[s + 9]!, b[s + 10]!);
    case 12:
      return fc(a0, a1, a2, a3, a4, a5, a6, a7, a8, b[s + 9]!, b[s + 10]!, b[s + 11]!);
    case 13:
      return fc(a0, a1, a2, a3, a4, a5, a6, a7, a8, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!);
    case 14:
      return fc(
        a0,
        a1,
        a2,
        a3,
        a4,
        a5,
        a6,
        a7,
        a8,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
        b[s + 13]!,
      );
    case 15:
      return fc(
        a0,
        a1,
        a2,
        a3,
        a4,
        a5,
        a6,
        a7,
        a8,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
        b[s + 13]!,
        b[s + 14]!,
      );
    default:
      return block16(b, s);
  }
}

/** The 16 bytes from `i`, one char each, in one call. */
export function block16(b: Uint8Array, i: number): string {
  return fc(
    b[i]!,
    b[i + 1]!,
    b[i + 2]!,
    b[i + 3]!,
    b[i + 4]!,
    b[i + 5]!,
    b[i + 6]!,
    b[i + 7]!,
    b[i + 8]!,
    b[i + 9]!,
    b[i + 10]!,
    b[i + 11]!,
    b[i + 12]!,
    b[i + 13]!,
    b[i + 14]!,
    b[i + 15]!,
  );
}

function longSlice(b: Uint8Array, s: number, e: number): string {
  if (e - s > 1024) {
    let out = '';
    for (let i = s; i < e; i += 4096) {
      out += fc.apply(null, b.subarray(i, Math.min(e, i + 4096)) as unknown as number[]);
    }
    return out;
  }
  let out = '';
  let i = s;
  for (; i + 16 <= e; i += 16) out += block16(b, i);
  return i < e ? out + asciiSlice(b, i, e) : out;
}
