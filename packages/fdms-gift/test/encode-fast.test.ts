/**
 * The encoder checks and writes each field in one pass. It must give exactly what checking every
 * field first (`fieldTexts`) and then writing gives: the same bytes, or the same first error.
 */

import { FS, isPaywireError } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRequest, encodeResponse, FIELDS, type SvdotFieldsInput } from '../src/index.js';
import { fieldTexts } from '../src/payload/fields.js';

type Outcome = { value: number[] } | { error: Record<string, unknown> };

function outcome(fn: () => Uint8Array): Outcome {
  try {
    return { value: Array.from(fn()) };
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    const { code, name, message, field, offset, expected, actual, family } = e;
    return { error: { code, name, message, field, offset, expected, actual, family } };
  }
}

/** Header first (as the encoder checks it), then every field, then the bytes. */
function reference(encodeHeader: () => Uint8Array, fields: unknown, trailing: unknown): Uint8Array {
  const header = Array.from(encodeHeader());
  const texts = fieldTexts(fields as SvdotFieldsInput);
  const out = [...header];
  for (let i = 0; i < texts.length; i += 2) {
    out.push(FS);
    for (const t of [texts[i]!, texts[i + 1]!]) for (const ch of t) out.push(ch.charCodeAt(0));
  }
  if (trailing === true) out.push(FS);
  return Uint8Array.from(out);
}

const value = fc.oneof(
  { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 }), weight: 4 },
  {
    arbitrary: fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFabcdef'),
      minLength: 30,
      maxLength: 34,
    }),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(' 12', '  ', '+12', '-3', '1 2', 'é', '\u001c', 'Ā', '\ud800', ''),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: -5, max: 1e6 }), weight: 1 },
  { arbitrary: fc.constantFrom(undefined, null, 1.5, true, {}), weight: 1 },
);
const names = [...FIELDS.map((f) => f.name), 'fieldD5', 'fieldd5', 'field04', 'fieldZZ', 'bogus'];
const fieldsArb = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 8 });
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const headerPart = (n: number) =>
  fc.oneof({ arbitrary: digits(n), weight: 8 }, { arbitrary: fc.string({ maxLength: n + 1 }), weight: 1 });

describe('one-pass field encoding', () => {
  it('requests: same bytes or same error as checking all fields first', () => {
    fc.assert(
      fc.property(
        headerPart(11),
        headerPart(4),
        fc.oneof(fieldsArb, fc.constantFrom(null, 'x')),
        fc.constantFrom(undefined, true, false),
        (merchantId, requestCode, fields, trailingSeparator) => {
          const req = { merchantId, requestCode, fields, trailingSeparator } as Parameters<
            typeof encodeRequest
          >[0];
          const got = outcome(() => encodeRequest(req));
          const ref = outcome(() =>
            reference(
              () => encodeRequest({ merchantId, requestCode, fields: {} }),
              fields,
              trailingSeparator,
            ),
          );
          expect(got).toEqual(ref);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('responses: same bytes or same error as checking all fields first', () => {
    fc.assert(
      fc.property(headerPart(4), fieldsArb, fc.boolean(), (responseIndicator, fields, trailingSeparator) => {
        const res = { responseIndicator, fields, trailingSeparator } as Parameters<typeof encodeResponse>[0];
        const got = outcome(() => encodeResponse(res));
        const ref = outcome(() =>
          reference(() => encodeResponse({ responseIndicator, fields: {} }), fields, trailingSeparator),
        );
        expect(got).toEqual(ref);
      }),
      { numRuns: 1000 },
    );
  });

  it('a field getter that encodes another payload does not disturb the outer one', () => {
    const inner = { merchantId: '99026809996', requestCode: '2400', fields: { transactionAmount: '5' } };
    const fields: Record<string, unknown> = { localTransactionTime: '181701' };
    Object.defineProperty(fields, 'clerkId', {
      enumerable: true,
      get: () => {
        encodeRequest(inner);
        return 'CLERK1';
      },
    });
    const outer = encodeRequest({ merchantId: '99026809996', requestCode: '2202', fields } as never);
    const plain = encodeRequest({
      merchantId: '99026809996',
      requestCode: '2202',
      fields: { localTransactionTime: '181701', clerkId: 'CLERK1' },
    });
    expect(Array.from(outer)).toEqual(Array.from(plain));
    expect(String.fromCharCode(...outer)).toBe('SV.99026809996\u001c402202\u001c12181701\u001c62CLERK1');
  });

  it('results are independent of later encodes', () => {
    const a = encodeRequest({
      merchantId: '11111111111',
      requestCode: '2400',
      fields: { transactionAmount: '1' },
    });
    const b = encodeRequest({
      merchantId: '22222222222',
      requestCode: '2400',
      fields: { transactionAmount: '2' },
    });
    expect(String.fromCharCode(...a)).toBe('SV.11111111111\u001c402400\u001c041');
    expect(String.fromCharCode(...b)).toBe('SV.22222222222\u001c402400\u001c042');
  });
});
