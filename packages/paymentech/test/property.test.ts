import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSale,
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  kinds,
  type TampaRequest,
} from '../src/index.js';
import { anyRequest, anyResponse } from './arbitraries.js';
import { MERCHANT, NOW } from './helpers.js';

const RUNS = { numRuns: 300 };

function normalise(r: TampaRequest): TampaRequest {
  const out = { ...r } as Record<string, unknown>;
  if ('amount' in out && out.amountFormat === undefined) out.amountFormat = 'explicit';
  return out as unknown as TampaRequest;
}

describe('round trips', () => {
  it('every request kind: decode(encode(v)) equals v, and bytes re-encode identically', () => {
    fc.assert(
      fc.property(anyRequest, (v) => {
        const b = encodeRequest(v);
        const d = decodeRequest(b);
        expect(d).toEqual(normalise(v));
        expect(encodeRequest(d)).toEqual(b);
      }),
      RUNS,
    );
  });
  it('responses: decode(encode(v)) equals v', () => {
    fc.assert(
      fc.property(anyResponse, (v) => {
        const b = encodeResponse(v);
        const d = decodeResponse(b);
        expect(d).toEqual(v);
        expect(encodeResponse(d)).toEqual(b);
      }),
      RUNS,
    );
  });
  it('builder output always encodes and decodes back to the same amount and card', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.integer({ min: 0, max: 2400 }),
        fc.constantFrom('explicit' as const, 'implied' as const),
        (amount, seq, amountFormat) => {
          const req = buildSale(
            { ...MERCHANT, amountFormat },
            {
              card: { number: '4444333322221111', expMonth: 1, expYear: 2049 },
              amount,
              sequenceNumber: seq,
              now: NOW,
            },
          );
          const d = decodeRequest(encodeRequest(req));
          expect(d).toMatchObject({
            amount,
            sequenceNumber: seq,
            accountNumber: '4444333322221111',
            amountFormat,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

function onlyPaywire(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    expect((e as { family: string }).family).toBe('paymentech');
  }
}

describe('decoders never throw anything but paymentech errors', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        for (const k of kinds) onlyPaywire(() => k.decode(b));
      }),
      { numRuns: 500 },
    );
  });
  it('mutated, truncated and extended valid messages', () => {
    fc.assert(
      fc.property(
        anyRequest,
        anyResponse,
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (req, res, pos, byte) => {
          for (const [kind, b] of [
            [kinds[0]!, encodeRequest(req)],
            [kinds[1]!, encodeResponse(res)],
          ] as const) {
            const m = b.slice();
            m[pos % m.length] = byte;
            onlyPaywire(() => kind.decode(m));
            onlyPaywire(() => kind.decode(b.subarray(0, pos % b.length)));
            const longer = new Uint8Array(b.length + 1);
            longer.set(b);
            longer[b.length] = byte;
            onlyPaywire(() => kind.decode(longer));
            onlyPaywire(() => kind.trace(m));
          }
        },
      ),
      RUNS,
    );
  });
  it('oversized input is refused with 702', () => {
    expect(() => decodeRequest(new Uint8Array(9000).fill(0x02))).toThrowError(
      expect.objectContaining({ code: 702 }),
    );
  });
});
