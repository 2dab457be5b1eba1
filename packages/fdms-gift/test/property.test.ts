import { isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeHistory,
  decodeRequest,
  decodeResponse,
  encodeHistory,
  encodeRequest,
  encodeResponse,
  FIELDS,
  type FieldDef,
  kinds,
  readResponse,
  type SvdotFields,
} from '../src/index.js';

const RUNS = { numRuns: 300 };

function chars(codes: readonly number[], min: number, max: number) {
  return fc
    .array(fc.constantFrom(...codes), { minLength: min, maxLength: Math.max(min, Math.min(max, 40)) })
    .map((a) => String.fromCharCode(...a));
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const DIGITS = range(0x30, 0x39);
const PRINTABLE = range(0x20, 0x7e);
const HEX = [...DIGITS, ...range(0x41, 0x46), ...range(0x61, 0x66)];
const ANY_BUT_FS = range(0, 255).filter((b) => b !== 0x1c);

/** Valid wire text for a dictionary field (what a host or the encoder may put there). */
function wireValue(def: FieldDef): fc.Arbitrary<string> {
  switch (def.type) {
    case 'AN':
      return chars(PRINTABLE, def.min, def.max);
    case 'HT':
      return chars(HEX, def.min, def.max);
    case 'ZN':
      return chars(DIGITS, def.min, def.max);
    case 'FDCD':
      return chars(ANY_BUT_FS, def.min, def.max);
    case 'N':
      return fc
        .tuple(fc.nat({ max: 2 }), chars(DIGITS, def.min, def.max))
        .map(([spaces, d]) =>
          (' '.repeat(spaces) + d).slice(-Math.max(d.length, Math.min(def.max, d.length + spaces))),
        );
    case 'SN':
      return fc
        .tuple(fc.constantFrom('', '+', '-'), chars(DIGITS, def.min, def.max - 1))
        .map(([sign, d]) => sign + d);
  }
}

const fieldsArb: fc.Arbitrary<SvdotFields> = fc
  .shuffledSubarray([...FIELDS], { minLength: 0, maxLength: 14 })
  .chain((defs) => fc.tuple(...defs.map((d) => wireValue(d).map((v) => [d.name, v] as const))))
  .map((pairs) => Object.fromEntries(pairs) as SvdotFields);

const unknownFieldArb = fc
  .constantFrom('field02', 'fieldD5', 'fieldFF')
  .chain((name) => chars(ANY_BUT_FS, 0, 30).map((v) => [name, v] as const));

describe('property: payload round trips', () => {
  it('requests: decode(encode(x)) = x and the bytes re-encode identically', () => {
    fc.assert(
      fc.property(
        chars(DIGITS, 11, 11),
        chars(DIGITS, 4, 4),
        fieldsArb,
        fc.option(unknownFieldArb, { nil: undefined }),
        fc.boolean(),
        (merchantId, requestCode, fields, unknown, trailing) => {
          const all = unknown ? ({ ...fields, [unknown[0]]: unknown[1] } as SvdotFields) : fields;
          const request = {
            merchantId,
            version: '4',
            format: '0',
            requestCode,
            fields: all,
            ...(trailing ? { trailingSeparator: true } : {}),
          };
          const bytes = encodeRequest(request);
          const back = decodeRequest(bytes);
          expect(back).toEqual(request);
          expect(Object.keys(back.fields)).toEqual(Object.keys(all));
          expect(encodeRequest(back)).toEqual(bytes);
        },
      ),
      RUNS,
    );
  });

  it('responses: decode(encode(x)) = x and the bytes re-encode identically', () => {
    fc.assert(
      fc.property(fieldsArb, fc.boolean(), (fields, trailing) => {
        const response = {
          version: '4',
          format: '0',
          responseIndicator: '0900',
          fields,
          ...(trailing ? { trailingSeparator: true } : {}),
        };
        const bytes = encodeResponse(response);
        expect(decodeResponse(bytes)).toEqual(response);
        expect(encodeResponse(decodeResponse(bytes))).toEqual(bytes);
      }),
      RUNS,
    );
  });

  it('history format 84: random records round-trip', () => {
    const d = (n: number) => chars(DIGITS, n, n);
    const record = fc.record({
      alternateMerchantNumber: d(8),
      terminalNumber: d(4),
      requestCode: d(4),
      amountSign: fc.constantFrom('+' as const, '-' as const),
      amount: fc.nat({ max: 999999999999 }),
      balance: fc.nat({ max: 999999999999 }),
      lockAmount: fc.nat({ max: 999999999999 }),
      dateTime: fc
        .tuple(d(4), d(2), d(2), d(2), d(2))
        .map(([y, m, dd, h, mi]) => `${y}-${m}-${dd}T${h}:${mi}`),
    });
    fc.assert(
      fc.property(d(2), d(3), fc.array(record, { maxLength: 12 }), (accountStatus, baseCurrency, records) => {
        const history = { accountStatus, format: '84', baseCurrency, records };
        expect(decodeHistory(encodeHistory(history))).toEqual(history);
      }),
      RUNS,
    );
  });
});

function onlyGiftErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    expect(e.family).toBe('fdms-gift');
  }
}

describe('property: decoders only throw fdms-gift errors', () => {
  const decoders = [
    (b: Uint8Array) => decodeRequest(b),
    (b: Uint8Array) => decodeResponse(b),
    (b: Uint8Array) => readResponse(decodeResponse(b)),
    (b: Uint8Array) => decodeHistory(b),
    ...kinds.flatMap((k) => [(b: Uint8Array) => k.trace(b), (b: Uint8Array) => k.detect?.(b)]),
  ];

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        for (const decode of decoders) onlyGiftErrors(() => decode(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('on random bytes behind a valid header, and on mutated valid payloads', () => {
    const req = Uint8Array.from('SV.99026809996\x1c402400\x1c', (c) => c.charCodeAt(0));
    const resp = Uint8Array.from('40\x1c0900\x1c', (c) => c.charCodeAt(0));
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        (tail, flips) => {
          for (const head of [req, resp]) {
            const bytes = new Uint8Array(head.length + tail.length);
            bytes.set(head);
            bytes.set(tail, head.length);
            for (const [at, value] of flips) bytes[at % bytes.length] = value;
            for (const decode of decoders) onlyGiftErrors(() => decode(bytes));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('encoders only throw fdms-gift errors on arbitrary JSON-like input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.anything()), (value, fields) => {
        onlyGiftErrors(() => encodeRequest(value as never));
        onlyGiftErrors(() => encodeResponse(value as never));
        onlyGiftErrors(() =>
          encodeRequest({ merchantId: '99026809996', requestCode: '2400', fields: fields as never }),
        );
        onlyGiftErrors(() => encodeResponse({ fields: fields as never }));
      }),
      { numRuns: 500 },
    );
  });
});
