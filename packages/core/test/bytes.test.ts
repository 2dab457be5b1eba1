// Small encoder results are regions of a shared slab (allocBytes/copyBytes): each result must stay
// its own, whatever is encoded after it, and a transferred slab must not break later results.
import { describe, expect, test } from 'vitest';
import { allocBytes, asciiSlice, ByteWriter, copyBytes, utf8Encode } from '../src/index.js';

describe('result allocation', () => {
  test('results never share bytes, and later results leave earlier ones unchanged', () => {
    const w = new ByteWriter(16);
    const results: { bytes: Uint8Array; fill: number }[] = [];
    for (let i = 0; i < 2000; i++) {
      const n = 1 + (i % 301);
      w.reset().fill(i & 0xff, n);
      results.push({ bytes: w.toBytes(), fill: i & 0xff });
    }
    for (const { bytes, fill } of results) expect(bytes.every((b) => b === fill)).toBe(true);
    // regions of one slab do not overlap
    const byBuffer = new Map<ArrayBufferLike, [number, number][]>();
    for (const { bytes } of results) {
      const list = byBuffer.get(bytes.buffer) ?? [];
      list.push([bytes.byteOffset, bytes.byteOffset + bytes.byteLength]);
      byBuffer.set(bytes.buffer, list);
    }
    expect(byBuffer.size).toBeGreaterThan(1);
    for (const list of byBuffer.values()) {
      list.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < list.length; i++) expect(list[i]![0]).toBeGreaterThanOrEqual(list[i - 1]![1]);
    }
  });

  test('fresh regions are zero-filled; large results get a buffer of their own', () => {
    const a = allocBytes(100);
    expect(a.length).toBe(100);
    expect(a.every((b) => b === 0)).toBe(true);
    const big = allocBytes(10_000);
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(10_000);
    const src = Uint8Array.from({ length: 50 }, (_, i) => i);
    const copy = copyBytes(src, 10, 20);
    expect([...copy]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    src[12] = 99;
    expect(copy[2]).toBe(12);
  });

  test('a result whose buffer was transferred does not break the next results', () => {
    const first = utf8Encode('first');
    structuredClone(first.buffer, { transfer: [first.buffer as ArrayBuffer] });
    expect(first.buffer.byteLength).toBe(0);
    const next = utf8Encode('next');
    expect(String.fromCharCode(...next)).toBe('next');
    expect(next.buffer.byteLength).toBeGreaterThan(0);
  });
});

describe('asciiSlice', () => {
  test('every length and offset gives the bytes one char each', () => {
    const bytes = Uint8Array.from({ length: 1300 }, (_, i) => (i * 37 + 11) & 0xff);
    const reference = (s: number, e: number) =>
      Array.from(bytes.subarray(s, e), (b) => String.fromCharCode(b)).join('');
    for (let s = 0; s < 5; s++) {
      for (let n = 0; n <= 40; n++) expect(asciiSlice(bytes, s, s + n)).toBe(reference(s, s + n));
      for (const n of [100, 1024, 1025, 1290]) expect(asciiSlice(bytes, s, s + n)).toBe(reference(s, s + n));
    }
  });
});
