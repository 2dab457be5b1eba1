import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvenParity,
  checkEvenParity,
  ETB,
  ETX,
  evenParityByte,
  frame,
  frameSequence,
  fromEscaped,
  hasEvenParity,
  isPaywireError,
  lrc,
  STX,
  stripParity,
  toHex,
  unframe,
  unframeSequence,
  verifyLrc,
} from '../src/index.js';

/** Record bytes that contain no framing characters. */
const payloadArb = fc
  .uint8Array({ maxLength: 200 })
  .map((a) => a.map((b) => (b === STX || b === ETX || b === ETB ? 0x20 : b)));
const sevenBitPayloadArb = payloadArb.map((a) =>
  a.map((b) => b & 0x7f).map((b) => (b === STX || b === ETX || b === ETB ? 0x41 : b)),
);

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('LRC', () => {
  it('matches the computed TSYS test-host example (EIS 1080 §7.7)', () => {
    // <STX>D4.999995<ETX> → LRC 0x51 ('Q'), per the notes' computed example.
    const packet = fromEscaped('<STX>D4.999995<ETX>');
    expect(lrc(packet, 1)).toBe(0x51);
    expect(verifyLrc(packet, 1, packet.length, 0x51)).toBe(true);
  });

  it('verifies the captured test-host response LRC', () => {
    const packet = fromEscaped(
      '<STX>E4.E001199115001400TAS682082014131243APPROVAL TAS682 0423217502302 000000008705348<FS>S40U<FS>020<ETX>5',
    );
    expect(unframe(packet).lrc).toBe(0x35);
  });
});

describe('frame / unframe', () => {
  it('frames one record as STX payload ETX LRC', () => {
    expect(toHex(frame(fromEscaped('D4.999995')))).toBe('0244342E3939393939350351');
    expect(frame(fromEscaped('D4.999995'), { parity: true })).toEqual(
      Uint8Array.of(0x82, 0x44, 0xb4, 0x2e, 0x39, 0x39, 0x39, 0x39, 0x39, 0x35, 0x03, 0xd1),
    );
  });

  it('round-trips any payload, with and without parity', () => {
    fc.assert(
      fc.property(payloadArb, fc.boolean(), (payload, etb) => {
        const framed = frame(payload, { end: etb ? ETB : ETX });
        const back = unframe(framed);
        expect(back.payload).toEqual(payload);
        expect(back.end).toBe(etb ? ETB : ETX);
        expect(back.next).toBe(framed.length);
      }),
    );
    fc.assert(
      fc.property(sevenBitPayloadArb, (payload) => {
        const framed = frame(payload, { parity: true });
        expect(hasEvenParity(framed)).toBe(true);
        expect(unframe(framed, { parity: true }).payload).toEqual(payload);
      }),
    );
  });

  it('detects any single flipped bit in a framed packet', () => {
    fc.assert(
      fc.property(payloadArb, fc.nat(), fc.integer({ min: 0, max: 7 }), (payload, at, bit) => {
        const framed = frame(payload);
        const pos = at % framed.length;
        const bad = framed.slice();
        bad[pos]! ^= 1 << bit;
        const c = code(() => unframe(bad, { exact: true }));
        // Every corruption is refused with a paywire error: bad STX, lost ETX, stray STX, or LRC.
        expect([512, 518, 519, 517]).toContain(c);
      }),
      { numRuns: 500 },
    );
  });

  it('reports empty, missing STX, missing ETX, missing LRC and bad LRC with their codes', () => {
    expect(code(() => unframe(new Uint8Array(0)))).toBe(520);
    expect(code(() => unframe(fromEscaped('D4.<ETX>Q')))).toBe(519);
    expect(code(() => unframe(fromEscaped('<STX>D4.999995')))).toBe(512);
    expect(code(() => unframe(fromEscaped('<STX>D4.999995<ETX>')))).toBe(512);
    expect(code(() => unframe(fromEscaped('<STX>D4.999995<ETX>R')))).toBe(518);
    expect(code(() => frame(fromEscaped('A<ETX>B')))).toBe(502);
    expect(code(() => unframe(fromEscaped('<STX>D4.999995<ETX>QX'), { exact: true }))).toBe(517);
    expect(unframe(fromEscaped('<STX>D4.999995<ETX>QX')).next).toBe(12);
  });

  it('never throws anything but a paywire error on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, parity) => {
        try {
          unframe(bytes, { parity });
          unframeSequence(bytes, { parity });
        } catch (e) {
          expect(isPaywireError(e)).toBe(true);
        }
      }),
    );
  });
});

describe('sequences (EIS 1081 batches)', () => {
  it('ends every record with ETB but the last with ETX', () => {
    const records = ['K1.ZH', 'K1.ZP', 'K1.ZT'].map((r) => fromEscaped(r));
    const framed = frameSequence(records);
    const ends = [...framed].map((b, i) => (b === ETB || b === ETX ? i : -1)).filter((i) => i >= 0);
    expect(ends.map((i) => framed[i])).toEqual([ETB, ETB, ETX]);
    expect(unframeSequence(framed)).toEqual(records);
  });

  it('round-trips any list of records', () => {
    fc.assert(
      fc.property(fc.array(payloadArb, { minLength: 1, maxLength: 8 }), (records) => {
        expect(unframeSequence(frameSequence(records))).toEqual(records);
      }),
    );
  });

  it('refuses a sequence without its ETX record, or trailing bytes', () => {
    const one = frame(fromEscaped('K1.ZH'), { end: ETB });
    expect(code(() => unframeSequence(one))).toBe(512);
    const full = frameSequence([fromEscaped('A'), fromEscaped('B')]);
    expect(code(() => unframeSequence(Uint8Array.of(...full, 0x41)))).toBe(517);
    expect(code(() => frameSequence([]))).toBe(705);
  });
});

describe('even parity', () => {
  it('sets bit 7 so every byte has an even number of ones', () => {
    expect(evenParityByte(0x02)).toBe(0x82);
    expect(evenParityByte(0x03)).toBe(0x03);
    expect(evenParityByte(0x44)).toBe(0x44);
    expect(evenParityByte(0x34)).toBe(0xb4);
  });

  it('round-trips any 7-bit data and finds the first odd byte', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 100 }).map((a) => a.map((b) => b & 0x7f)),
        (bytes) => {
          const p = applyEvenParity(bytes);
          expect(hasEvenParity(p)).toBe(true);
          expect(stripParity(p)).toEqual(bytes);
          if (p.length > 0) {
            const bad = p.slice();
            bad[bad.length - 1]! ^= 0x80;
            expect(code(() => checkEvenParity(bad))).toBe(701);
          }
        },
      ),
    );
    expect(code(() => applyEvenParity(Uint8Array.of(0x80)))).toBe(502);
  });

  it('LRC before or after parity gives the same wire byte', () => {
    fc.assert(
      fc.property(sevenBitPayloadArb, (payload) => {
        const plain = frame(payload);
        const withParity = frame(payload, { parity: true });
        expect(withParity[withParity.length - 1]).toBe(evenParityByte(plain[plain.length - 1]!));
        expect(lrc(withParity, 1, withParity.length - 1)).toBe(withParity[withParity.length - 1]);
      }),
    );
  });
});
