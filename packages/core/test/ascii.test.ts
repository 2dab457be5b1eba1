import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToLatin1,
  controlName,
  ETX,
  FS,
  fromBase64,
  fromEscaped,
  fromHex,
  hexDump,
  isDigitText,
  latin1ToBytes,
  STX,
  toBase64,
  toEscaped,
  toHex,
} from '../src/index.js';

describe('control characters and renderers', () => {
  it('names the control bytes the wire formats use', () => {
    expect(controlName(0x02)).toBe('STX');
    expect(controlName(0x03)).toBe('ETX');
    expect(controlName(0x17)).toBe('ETB');
    expect(controlName(0x1c)).toBe('FS');
    expect(controlName(0x1d)).toBe('GS');
    expect(controlName(0x05)).toBe('ENQ');
    expect(controlName(0x15)).toBe('NAK');
    expect(controlName(0x41)).toBeUndefined();
  });

  it('renders escaped notation and parses it back', () => {
    const bytes = Uint8Array.of(STX, 0x44, 0x34, 0x2e, FS, 0x3c, 0x9f, ETX, 0x51);
    const text = toEscaped(bytes);
    expect(text).toBe('<STX>D4.<FS><<<x9F><ETX>Q');
    expect(fromEscaped(text)).toEqual(bytes);
    expect(fromEscaped('<stx>A<fs>')).toEqual(Uint8Array.of(2, 0x41, 0x1c));
  });

  it('refuses malformed escapes', () => {
    expect(() => fromEscaped('<NOPE>')).toThrow(/unknown control/);
    expect(() => fromEscaped('<STX')).toThrow(/unterminated/);
  });

  it('round-trips any bytes through escaped, hex and base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromEscaped(toEscaped(bytes))).toEqual(bytes);
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
        expect(latin1ToBytes(bytesToLatin1(bytes))).toEqual(bytes);
      }),
    );
  });

  it('matches the platform base64 for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('hex parsing ignores separators and rejects junk', () => {
    expect(fromHex('02 44:34-2e')).toEqual(Uint8Array.of(2, 0x44, 0x34, 0x2e));
    expect(() => fromHex('0')).toThrow(/odd/);
    expect(() => fromHex('zz')).toThrow(/not a hex digit/);
  });

  it('hex dumps 16 bytes per line with an ASCII column', () => {
    const dump = hexDump(latin1ToBytes('\x02D4.999995\x03Q0123456789'));
    const lines = dump.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^00000000 {2}02 44 34 2E/);
    expect(lines[0]).toContain('|.D4.999995.Q0123|');
    expect(lines[1]).toMatch(/^00000010/);
  });
});

describe('isDigitText', () => {
  it('accepts what /^\\d{min,max}$/ accepts', () => {
    const chars = ['0', '5', '9', '/', ':', 'a', ' ', '\u0660', '\uff11'];
    const texts = [''];
    for (const a of chars) {
      texts.push(a);
      for (const b of chars) texts.push(a + b, `${a}${b}7`);
    }
    for (const [min, max] of [
      [0, 0],
      [1, 2],
      [2, 3],
      [3, 3],
    ] as const) {
      const re = new RegExp(`^\\d{${min},${max}}$`);
      for (const t of texts)
        expect(isDigitText(t, min, max), `${JSON.stringify(t)} ${min}-${max}`).toBe(re.test(t));
    }
  });
});
