// scanBody reads four bytes at a time; it must give exactly the byte-by-byte LRC and framing verdict.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scanBody } from '../src/framing-bytes.js';

function reference(bytes: Uint8Array, from: number, end: number): number {
  let x = 0;
  for (let i = from; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x02 || b === 0x03 || b === 0x17) return -1;
    x ^= b;
  }
  return x;
}

describe('scanBody', () => {
  test('equals the byte loop for any bytes, range and alignment', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x00, 0x01, 0x02, 0x03, 0x04, 0x16, 0x17, 0x18, 0x1c, 0x1d, 0x82, 0x83, 0x97, 0xff),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 300 }), fc.nat(7), fc.nat(), fc.nat(), (arr, shift, a, b) => {
        const backing = new Uint8Array(arr.length + 8);
        const bytes = backing.subarray(shift, shift + arr.length);
        bytes.set(arr);
        const n = arr.length;
        const from = n === 0 ? 0 : a % (n + 1);
        const end = from + (n - from === 0 ? 0 : b % (n - from + 1));
        expect(scanBody(bytes, from, end)).toBe(reference(bytes, from, end));
      }),
      { numRuns: 2000 },
    );
  });

  test('one array scanned again after a longer one over the same memory', () => {
    const big = new Uint8Array(400).fill(0x41);
    const small = big.subarray(0, 64);
    expect(scanBody(big, 0, 400)).toBe(0);
    expect(scanBody(small, 1, 64)).toBe(0x41);
    big[300] = 0x17;
    expect(scanBody(small, 0, 64)).toBe(0);
    expect(scanBody(big, 0, 400)).toBe(-1);
    expect(scanBody(big, 301, 400)).toBe(reference(big, 301, 400));
  });
});
