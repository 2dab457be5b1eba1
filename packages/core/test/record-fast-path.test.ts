// The record engine decodes plain scalar fields on a fast path and hands anything unusual to the
// field's own closure; `trace` always walks the closures. These tests hold the two paths to the
// same values and the same errors on valid, damaged and random input.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileRecord, type FieldSpec, FS, GS, isPaywireError } from '../src/index.js';

const fields: FieldSpec[] = [
  { name: 'kind', length: 1, values: { A: 'a', B: 'b' } },
  { name: 'num', length: 4, format: 'numeric' },
  { name: 'count', length: 3, format: 'numeric', type: 'integer' },
  { name: 'text', length: 6 },
  { name: 'left', length: 5, pad: 'space-left' },
  { name: 'opt', length: 3, optional: true },
  { name: 'pan', terminator: FS, min: 1, max: 19, format: 'numeric', sensitive: 'pan' },
  { name: 'maybe', terminator: FS, max: 8, optional: true },
  { name: 'when', terminator: FS, max: 4, when: (r) => r.kind === 'B' },
  { name: 'checked', length: 2, check: (t) => (t === '99' ? 'no 99' : undefined) },
  {
    name: 'group',
    terminator: GS,
    optional: true,
    fields: [
      { name: 'a', length: 2 },
      { name: 'b', terminator: FS, max: 5, terminatorOptionalAtEnd: true },
    ],
  },
  { name: 'tail', terminator: FS, max: 10, terminatorOptionalAtEnd: true, optional: true },
];
const rec = compileRecord('fast-path', fields, { family: 'test' });
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    if (!isPaywireError(e)) throw e;
    return { code: e.code, field: e.field, offset: e.offset, message: e.message };
  }
}

const sample = {
  kind: 'B',
  num: '12',
  count: 7,
  text: 'ABC',
  left: 'XY',
  pan: '4111111111111111',
  maybe: '',
  when: 'W',
  checked: '01',
  group: { a: 'QQ', b: 'z' },
  tail: 'end',
};

describe('record fast path', () => {
  test('a valid record decodes to the same value on both paths and round-trips', () => {
    const bytes = rec.encode(sample);
    expect(rec.decode(bytes)).toEqual(rec.trace(bytes).value);
    expect(rec.encode(rec.decode(bytes))).toEqual(bytes);
    expect(rec.decode(bytes)).toMatchObject({ num: '0012', count: 7, left: 'XY', text: 'ABC' });
  });

  test('damaged bytes give the same error (code, field, offset) on both paths', () => {
    const good = rec.encode(sample);
    for (let i = 0; i < good.length; i++) {
      for (const b of [0x00, 0x20, 0x30, 0x41, FS, GS, 0x7f]) {
        const bad = good.slice();
        bad[i] = b;
        expect(outcome(() => rec.decode(bad))).toEqual(outcome(() => rec.trace(bad).value));
      }
      const cut = good.subarray(0, i);
      expect(outcome(() => rec.decode(cut))).toEqual(outcome(() => rec.trace(cut).value));
    }
  });

  test('random bytes: both paths agree', () => {
    const alphabet = fc.constantFrom(...bytesOf('AB0129 XQz'), FS, GS, 0x00);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (arr) => {
        const bytes = Uint8Array.from(arr);
        expect(outcome(() => rec.decode(bytes))).toEqual(outcome(() => rec.trace(bytes).value));
      }),
      { numRuns: 500 },
    );
  });

  test('encode errors name the field and code as before', () => {
    const codeOf = (v: object) => outcome(() => rec.encode(v as typeof sample));
    expect(codeOf({ ...sample, num: '123456' })).toMatchObject({ code: 501, field: 'num' });
    expect(codeOf({ ...sample, num: '12a' })).toMatchObject({ code: 502, field: 'num' });
    expect(codeOf({ ...sample, kind: 'C' })).toMatchObject({ code: 503, field: 'kind' });
    expect(codeOf({ ...sample, checked: '99' })).toMatchObject({ code: 502, field: 'checked' });
    expect(codeOf({ ...sample, text: undefined })).toMatchObject({ code: 593, field: 'text' });
    expect(codeOf({ ...sample, pan: '' })).toMatchObject({ code: 501, field: 'pan' });
    expect(codeOf({ ...sample, group: { a: 'Q\u001c', b: '' } })).toMatchObject({ field: 'group.a' });
    expect(codeOf({ ...sample, num: 12 })).toEqual({ value: rec.encode({ ...sample, num: '12' }) });
  });
});

describe('decodePartial into an object', () => {
  test('gives the same value and key order as spreading the decoded record after the seed', () => {
    const bytes = rec.encode(sample);
    const spread = { type: 'x', ...rec.decodePartial(bytes).value };
    const into = rec.decodePartial(bytes, 0, bytes.length, { type: 'x' }).value;
    expect(into).toEqual(spread);
    expect(Object.keys(into)).toEqual(Object.keys(spread));
    expect(rec.decodePartial(bytes, 0, bytes.length, { type: 'x' }).next).toBe(bytes.length);
  });

  test('newValue gives a plain empty object to seed; decoded values are plain objects too', () => {
    const bytes = rec.encode(sample);
    const seed = rec.newValue();
    expect(Object.keys(seed)).toEqual([]);
    seed.type = 'x';
    const into = rec.decodePartial(bytes, 0, bytes.length, seed).value;
    expect(into).toBe(seed);
    expect(Object.keys(into)).toEqual(['type', ...Object.keys(rec.decode(bytes))]);
    for (const v of [into, rec.decode(bytes), rec.decode(bytes).group, rec.trace(bytes).value]) {
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(inspect(v).startsWith('{')).toBe(true);
    }
    expect(rec.decode(bytes)).toStrictEqual(JSON.parse(JSON.stringify(rec.decode(bytes))));
  });
});

describe('allowed values and characters on the fast path', () => {
  const table: FieldSpec[] = [
    { name: 'one', length: 1, values: { '0': 'zero', '7': 'seven', Z: 'zed' } },
    { name: 'two', length: 2, format: 'numeric', values: { '01': 'first', '10': 'tenth' } },
    { name: 'open', terminator: FS, max: 3, values: { AB: 'known' }, openValues: true },
    { name: 'free', terminator: FS, max: 6 },
  ];
  const r = compileRecord('values', table, { family: 'test' });
  const good = { one: '7', two: '10', open: 'AB', free: 'x' };

  test('one-character and longer value sets accept their values and nothing else', () => {
    expect(r.decode(r.encode(good))).toEqual(good);
    for (const one of ['0', '7', 'Z']) expect(r.decode(r.encode({ ...good, one })).one).toBe(one);
    for (const [one, code] of [
      ['1', 503],
      ['z', 503],
      ['70', 501],
      ['\u0137', 502],
    ] as const) {
      expect(outcome(() => r.encode({ ...good, one }))).toMatchObject({ code, field: 'one' });
    }
    expect(outcome(() => r.encode({ ...good, two: '02' }))).toMatchObject({ code: 503, field: 'two' });
    expect(outcome(() => r.decode(bytesOf(`702AB\u001cx\u001c`)))).toMatchObject({ code: 503, offset: 1 });
  });

  test('open values: decoding takes unknown ones, encoding still refuses them', () => {
    expect(r.decode(bytesOf(`710ZZ\u001cx\u001c`)).open).toBe('ZZ');
    expect(outcome(() => r.encode({ ...good, open: 'ZZ' }))).toMatchObject({ code: 503, field: 'open' });
  });

  test('characters above 0xFF and the terminator inside a value are refused with the usual error', () => {
    for (const free of ['\u0100', 'a\u20ac', `a${String.fromCharCode(FS)}b`]) {
      expect(outcome(() => r.encode({ ...good, free }))).toMatchObject({ code: 502, field: 'free' });
    }
  });
});

describe('encodeValue', () => {
  const table: FieldSpec[] = [
    { name: 'code', length: 2 },
    {
      name: 'amount',
      terminator: FS,
      min: 1,
      max: 8,
      format: 'numeric',
      encodeValue: (v, rec) => {
        if (v === undefined) return undefined;
        if (typeof v !== 'number') throw new Error('amount must be a number');
        return rec.style === 'wide' ? String(v).padStart(8, '0') : String(v);
      },
    },
    {
      name: 'note',
      terminator: FS,
      max: 4,
      optional: true,
      encodeValue: (v) => (v === 'none' ? undefined : v),
    },
  ];
  const r = compileRecord('convert', table, { family: 'test' });

  test('converts before validating and writing; the record itself is not changed', () => {
    const value = { code: 'AB', amount: 1250, note: 'x' };
    expect(String.fromCharCode(...r.encode(value))).toBe('AB1250\u001cx\u001c');
    expect(String.fromCharCode(...r.encode({ ...value, style: 'wide' }))).toBe('AB00001250\u001cx\u001c');
    expect(value.amount).toBe(1250);
    expect(r.decode(r.encode(value))).toEqual({ code: 'AB', amount: '1250', note: 'x' });
  });

  test('the converted value is validated like any value; undefined means absent', () => {
    expect(outcome(() => r.encode({ code: 'AB', amount: 123456789 }))).toMatchObject({
      code: 501,
      field: 'amount',
    });
    expect(outcome(() => r.encode({ code: 'AB' }))).toMatchObject({ code: 593, field: 'amount' });
    expect(() => r.encode({ code: 'AB', amount: '12' })).toThrow('amount must be a number');
    expect(String.fromCharCode(...r.encode({ code: 'AB', amount: 7, note: 'none' }))).toBe('AB7\u001c\u001c');
  });
});
