import { ACK, applyEvenParity, ENQ, EOT, ETB, ETX, frame, NAK, STX } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endLineReader,
  enqReader,
  etxLrcReader,
  fixedLengthReader,
  type MessageReader,
} from '../src/index.js';
import { bytes, text } from './helpers.js';

/** Splits a byte stream into messages the way a connection does. */
function split(reader: MessageReader, input: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let rest = input;
  for (;;) {
    const n = reader.frameLength(rest);
    if (n <= 0) break;
    const m = rest.slice(0, n);
    out.push(reader.finish ? reader.finish(m) : m);
    rest = rest.subarray(n);
  }
  return out;
}

const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

describe('etxLrcReader', () => {
  it('needs the LRC byte after ETX', () => {
    const r = etxLrcReader();
    const f = frame(bytes('D4.999995'));
    expect(r.frameLength(f.subarray(0, f.length - 1))).toBe(-1);
    expect(r.frameLength(f)).toBe(f.length);
    expect(r.frameLength(cat(f, f))).toBe(f.length);
  });

  it('treats an LRC byte equal to ETX as the LRC, not as a new terminator', () => {
    // payload whose LRC is 0x03: XOR of 'A' (0x41), 'B' (0x42) and ETX (0x03) = 0x03 ^ 0x03 = 0x00, so
    // build it directly: STX 'a' ETX then LRC = 'a' ^ ETX.
    const payload = Uint8Array.of(STX, 0x00, ETX, 0x03);
    expect(etxLrcReader().frameLength(payload)).toBe(4);
  });

  it('recognises ETX with the parity bit and strips parity from the delivered message', () => {
    const plain = frame(bytes('D0.999995XYZ'));
    const parity = applyEvenParity(plain);
    // Make the ETX carry bit 7 to prove it is recognised either way.
    const withHighEtx = parity.slice();
    withHighEtx[withHighEtx.length - 2] = ETX | 0x80;
    const r = etxLrcReader({ parity: 'even' });
    expect(split(r, parity)).toEqual([plain]);
    expect(r.frameLength(withHighEtx)).toBe(withHighEtx.length);
    expect(etxLrcReader({ requireStx: false }).frameLength(withHighEtx)).toBe(-1);
    expect(() => etxLrcReader().frameLength(parity)).toThrow(expect.objectContaining({ code: 519 }));
    expect(split(etxLrcReader({ parity: 'even', keepParity: true }), parity)).toEqual([parity]);
  });

  it('ends settlement records at ETB or ETX when asked', () => {
    const a = frame(bytes('K1'), { end: ETB });
    const b = frame(bytes('K2'), { end: ETX });
    expect(split(etxLrcReader({ terminators: [ETB, ETX] }), cat(a, b))).toEqual([a, b]);
    expect(etxLrcReader().frameLength(a)).toBe(-1);
  });

  it('delivers single control bytes as messages of their own', () => {
    const f = frame(bytes('GB'));
    const r = etxLrcReader({ controlBytes: [ACK, NAK, EOT] });
    expect(split(r, cat(Uint8Array.of(ACK), f, Uint8Array.of(NAK, EOT)))).toEqual([
      Uint8Array.of(ACK),
      f,
      Uint8Array.of(NAK),
      Uint8Array.of(EOT),
    ]);
  });

  it('rejects bytes that do not start with STX unless told otherwise', () => {
    expect(() => etxLrcReader().frameLength(bytes('HTTP/1.1 400'))).toThrow(
      expect.objectContaining({ code: 519, expected: '<STX>', actual: 'H' }),
    );
    expect(etxLrcReader({ requireStx: false }).frameLength(Uint8Array.of(0x41, ETX, 0x42))).toBe(3);
  });

  it('validates its options', () => {
    expect(() => etxLrcReader({ maxBytes: 0 })).toThrow(expect.objectContaining({ code: 705 }));
    expect(() => etxLrcReader({ terminators: [] })).toThrow(expect.objectContaining({ code: 705 }));
    expect(() => etxLrcReader({ terminators: [0x100] })).toThrow(expect.objectContaining({ code: 705 }));
  });

  it('splits any concatenation of framed records exactly (property)', () => {
    const payload = fc.uint8Array({ maxLength: 40 }).map((a) => a.map((b) => (b % 0x5f) + 0x20));
    fc.assert(
      fc.property(fc.array(payload, { minLength: 1, maxLength: 8 }), fc.boolean(), (payloads, parity) => {
        const frames = payloads.map((p) => frame(p, { parity }));
        const r = etxLrcReader({ parity: parity ? 'even' : 'none' });
        const got = split(r, cat(...frames));
        expect(got).toEqual(payloads.map((p) => frame(p)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('enqReader', () => {
  it('accepts exactly one ENQ', () => {
    const r = enqReader();
    expect(r.frameLength(new Uint8Array(0))).toBe(-1);
    expect(r.frameLength(Uint8Array.of(ENQ, STX))).toBe(1);
    expect(r.maxBytes).toBe(1);
  });

  it('refuses any other greeting', () => {
    expect(() => enqReader().frameLength(Uint8Array.of(NAK))).toThrow(
      expect.objectContaining({ code: 513, expected: '<ENQ>', actual: '<NAK>' }),
    );
    expect(() => enqReader().frameLength(Uint8Array.of(ENQ | 0x80))).toThrow(
      expect.objectContaining({ code: 513 }),
    );
    const even = enqReader({ parity: 'even' });
    expect(even.frameLength(Uint8Array.of(ENQ | 0x80))).toBe(1);
    expect(even.finish!(Uint8Array.of(ENQ | 0x80))).toEqual(Uint8Array.of(ENQ));
  });
});

describe('endLineReader', () => {
  const r = endLineReader();
  it('ends at the first line reading END (any case), LF only', () => {
    const msg = 'BEGIN\nstatus=approved\ntransid=025-0000000001\nEND\n';
    expect(r.frameLength(bytes(msg))).toBe(msg.length);
    expect(r.frameLength(bytes(`${msg}BEGIN\n`))).toBe(msg.length);
    expect(r.frameLength(bytes('BEGIN\nstatus=ok\nend\n'))).toBe(20);
    expect(r.frameLength(bytes('END\n'))).toBe(4);
  });

  it('does not end at END inside a line, at END without LF, or at END\\r\\n', () => {
    expect(r.frameLength(bytes('BEGIN\nSEND\nx=END\n'))).toBe(-1);
    expect(r.frameLength(bytes('BEGIN\nstatus=ok\nEND'))).toBe(-1);
    expect(r.frameLength(bytes('BEGIN\r\nEND\r\n'))).toBe(-1);
    expect(endLineReader({ ignoreCase: false }).frameLength(bytes('end\n'))).toBe(-1);
  });

  it('splits a stream of TCLink answers (property)', () => {
    const pair = fc
      .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[ -~]{0,12}$/))
      .map(([k, v]) => `${k}=${v}\n`);
    fc.assert(
      fc.property(fc.array(fc.array(pair, { maxLength: 6 }), { minLength: 1, maxLength: 5 }), (answers) => {
        const msgs = answers.map((pairs) => `BEGIN\n${pairs.join('')}END\n`);
        expect(split(r, bytes(msgs.join(''))).map(text)).toEqual(msgs);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fixedLengthReader', () => {
  it('takes exactly n bytes', () => {
    const r = fixedLengthReader(3);
    expect(r.frameLength(bytes('ab'))).toBe(-1);
    expect(split(r, bytes('abcdefg')).map(text)).toEqual(['abc', 'def']);
    expect(() => fixedLengthReader(0)).toThrow(expect.objectContaining({ code: 705 }));
  });
});
