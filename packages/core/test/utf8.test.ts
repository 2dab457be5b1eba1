import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPaywireError, utf8Decode, utf8Encode, utf8Length } from '../src/index.js';

function code(fn: () => unknown): [number | undefined, number | undefined] {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return [e.code, e.offset];
    throw e;
  }
  return [undefined, undefined];
}

describe('utf8', () => {
  it('matches the platform encoder for any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const bytes = utf8Encode(s);
        expect(bytes).toEqual(new Uint8Array(Buffer.from(s, 'utf8')));
        expect(utf8Length(s)).toBe(bytes.length);
        expect(utf8Decode(bytes)).toBe(s);
      }),
    );
  });

  it('refuses lone surrogates, overlongs, truncation and stray continuation bytes with offsets', () => {
    expect(code(() => utf8Encode('a\ud800b'))).toEqual([502, 1]);
    expect(code(() => utf8Encode('a\udc00'))).toEqual([502, 1]);
    expect(code(() => utf8Decode(Uint8Array.of(0x41, 0xc0, 0x80)))).toEqual([502, 1]);
    expect(code(() => utf8Decode(Uint8Array.of(0x41, 0x42, 0xe2, 0x82)))).toEqual([502, 2]);
    expect(code(() => utf8Decode(Uint8Array.of(0x80)))).toEqual([502, 0]);
    expect(code(() => utf8Decode(Uint8Array.of(0xed, 0xa0, 0x80)))).toEqual([502, 0]);
  });

  it('long ASCII runs with a few other bytes anywhere, over any range, decode like the platform', () => {
    const mostlyAscii = fc.array(
      fc.oneof(
        { weight: 20, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
        { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
      ),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(mostlyAscii, fc.nat(), fc.nat(), (arr, a, b) => {
        const bytes = Uint8Array.from(arr);
        const start = a % (bytes.length + 1);
        const end = start + (b % (bytes.length - start + 1));
        const part = bytes.subarray(start, end);
        expect(utf8Decode(bytes, start, end, false)).toBe(new TextDecoder().decode(part));
        let platform: string | undefined;
        try {
          platform = new TextDecoder('utf-8', { fatal: true }).decode(part);
        } catch {
          platform = undefined;
        }
        const [errorCode, offset] = code(() => utf8Decode(bytes, start, end));
        if (platform === undefined) {
          expect(errorCode).toBe(502);
          expect(offset).toBeGreaterThanOrEqual(start);
          expect(bytes[offset!]! >= 0x80).toBe(true);
        } else expect(utf8Decode(bytes, start, end)).toBe(platform);
      }),
      { numRuns: 500 },
    );
  });

  it('lenient decoding replaces bad sequences like the platform decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(utf8Decode(bytes, 0, bytes.length, false)).toBe(new TextDecoder().decode(bytes));
      }),
    );
  });
});
