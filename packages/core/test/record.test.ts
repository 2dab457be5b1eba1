import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteWriter,
  compileRecord,
  type FieldSpec,
  FS,
  formatTrace,
  fromEscaped,
  GS,
  isPaywireError,
  type PaywireError,
  redactRecord,
  toEscaped,
} from '../src/index.js';

function caught(fn: () => unknown): PaywireError {
  try {
    fn();
  } catch (e) {
    if (isPaywireError(e)) return e;
    throw e;
  }
  throw new Error('expected a paywire error');
}

// A small record in the style of a TSYS Group I prefix.
const sample = compileRecord(
  'sample',
  [
    { name: 'recordFormat', length: 1, values: { D: 'credit authorization', T: 'debit/EBT' } },
    {
      name: 'applicationType',
      length: 1,
      format: 'numeric',
      values: { '0': 'single', '2': 'multi', '4': 'interleaved' },
    },
    { name: 'delimiter', const: '.' },
    { name: 'merchantNumber', length: 12, format: 'numeric' },
    { name: 'amount', length: 12, format: 'numeric', type: 'integer' },
    { name: 'pan', terminator: FS, min: 12, max: 19, format: 'numeric', sensitive: 'pan' },
    { name: 'cardholderName', length: 10, optional: true },
    { name: 'zip', terminator: FS, max: 9, optional: true },
    {
      name: 'amounts',
      terminator: GS,
      repeat: { max: 3 },
      fields: [
        { name: 'type', length: 2 },
        { name: 'value', length: 4, format: 'numeric', type: 'integer' },
      ],
    },
    { name: 'tail', rest: true, optional: true },
  ],
  { family: 'test' },
);

const value = {
  recordFormat: 'D',
  applicationType: '4',
  merchantNumber: '999999999911',
  amount: 1234,
  pan: '4111111111111111',
  cardholderName: 'BOB',
  amounts: [
    { type: '4S', value: 5 },
    { type: '4U', value: 10 },
  ],
};

describe('compileRecord: encode and decode', () => {
  it('lays fields out byte by byte', () => {
    const bytes = sample.encode(value);
    expect(toEscaped(bytes)).toBe(
      'D4.9999999999110000000012344111111111111111<FS>BOB       <FS>4S00054U0010<GS>',
    );
    expect(sample.decode(bytes)).toEqual(value);
  });

  it('fills absent optional fixed fields and reads them back as absent', () => {
    const { cardholderName: _, ...noName } = value;
    const bytes = sample.encode(noName);
    expect(toEscaped(bytes)).toContain('<FS>          <FS>');
    expect(sample.decode(bytes)).toEqual(noName);
  });

  it('encodeInto appends to a writer', () => {
    const w = new ByteWriter(4);
    w.ascii('>>');
    sample.encodeInto(w, value);
    expect(toEscaped(w.view()).startsWith('>>D4.')).toBe(true);
  });

  it('keeps leading zeros of numeric strings and pads numbers', () => {
    const rec = compileRecord('r', [
      { name: 'store', length: 4, format: 'numeric' },
      { name: 'count', length: 3, format: 'numeric', type: 'integer' },
    ]);
    expect(toEscaped(rec.encode({ store: '11', count: 7 }))).toBe('0011007');
    expect(rec.decode(fromEscaped('0011007'))).toEqual({ store: '0011', count: 7 });
  });

  it('supports length prefixes, conditional fields and nested groups', () => {
    const rec = compileRecord('r', [
      { name: 'kind', length: 1 },
      { name: 'extra', lengthPrefix: 2, when: (r) => r.kind === 'X' },
      {
        name: 'address',
        length: 8,
        fields: [
          { name: 'number', length: 3, format: 'numeric' },
          { name: 'street', length: 5 },
        ],
      },
    ]);
    const a = { kind: 'X', extra: 'hello', address: { number: '012', street: 'MAIN' } };
    expect(toEscaped(rec.encode(a))).toBe('X05hello012MAIN ');
    expect(rec.decode(rec.encode(a))).toEqual(a);
    const b = { kind: 'Y', address: { number: '001', street: 'ELM' } };
    expect(toEscaped(rec.encode(b))).toBe('Y001ELM  ');
    expect(rec.decode(rec.encode(b))).toEqual(b);
    // a value for a field the record does not carry is refused, not silently dropped
    const dropped = caught(() => rec.encode({ ...b, extra: 'hello' }));
    expect([dropped.code, dropped.field]).toEqual([705, 'extra']);
  });

  it('reads a repeat whose count is in an earlier field', () => {
    const rec = compileRecord('r', [
      { name: 'n', length: 1, format: 'numeric', type: 'integer' },
      { name: 'legs', repeat: { max: 4, countField: 'n' }, fields: [{ name: 'code', length: 3 }] },
      { name: 'end', length: 1 },
    ]);
    const v = { n: 2, legs: [{ code: 'IAD' }, { code: 'SFO' }], end: 'Z' };
    expect(toEscaped(rec.encode(v))).toBe('2IADSFOZ');
    expect(rec.decode(rec.encode(v))).toEqual(v);
    expect(caught(() => rec.encode({ ...v, n: 3 })).code).toBe(517);
  });

  it('checks the terminator after a fixed-length group', () => {
    const rec = compileRecord('r', [
      { name: 'g', length: 3, terminator: FS, fields: [{ name: 'a', length: 3 }] },
      { name: 'b', length: 1 },
    ]);
    expect(toEscaped(rec.encode({ g: { a: 'xyz' }, b: 'Q' }))).toBe('xyz<FS>Q');
    expect(rec.decode(fromEscaped('xyz<FS>Q'))).toEqual({ g: { a: 'xyz' }, b: 'Q' });
    const e = caught(() => rec.decode(fromEscaped('xyzQQ')));
    expect([e.code, e.offset, e.field]).toEqual([502, 3, 'g']);
  });

  it('accepts a missing terminator at the end only when told to', () => {
    const strict = compileRecord('r', [{ name: 'a', terminator: FS, max: 5 }]);
    const loose = compileRecord('r', [{ name: 'a', terminator: FS, max: 5, terminatorOptionalAtEnd: true }]);
    expect(caught(() => strict.decode(fromEscaped('abc'))).code).toBe(512);
    expect(loose.decode(fromEscaped('abc'))).toEqual({ a: 'abc' });
  });
});

describe('compileRecord: validation errors name the field', () => {
  it('lengths, formats, values, required fields', () => {
    expect(caught(() => sample.encode({ ...value, merchantNumber: '1234567890123' })).code).toBe(501);
    const f = caught(() => sample.encode({ ...value, merchantNumber: '12345678901A' }));
    expect([f.code, f.field, f.family]).toEqual([502, 'merchantNumber', 'test']);
    expect(caught(() => sample.encode({ ...value, recordFormat: 'Q' })).code).toBe(503);
    const missing = caught(() => sample.encode({ ...value, pan: undefined }));
    expect([missing.code, missing.field]).toEqual([593, 'pan']);
    expect(caught(() => sample.encode({ ...value, pan: '4111' })).code).toBe(501);
    expect(caught(() => sample.encode({ ...value, amount: -1 })).code).toBe(503);
    expect(caught(() => sample.encode({ ...value, amount: 1e13 })).code).toBe(501);
    expect(caught(() => sample.encode({ ...value, zip: 'a\x1cb' })).code).toBe(502);
    expect(
      caught(() =>
        sample.encode({
          ...value,
          amounts: [
            { type: '4S', value: 5 },
            { type: '4S', value: 5 },
            { type: '4S', value: 5 },
            { type: '4S', value: 5 },
          ],
        }),
      ).code,
    ).toBe(503);
    expect(
      caught(() =>
        sample.encode({
          ...value,
          amounts: [{ type: '4S', value: 5, extra: 1 }].map((x) => ({ ...x, type: 'TOO LONG' })),
        }),
      ).field,
    ).toBe('amounts.0.type');
  });

  it('custom checks run with the record', () => {
    const rec = compileRecord('r', [
      { name: 'a', length: 2, format: 'numeric' },
      {
        name: 'b',
        length: 2,
        format: 'numeric',
        check: (t, r) => (t < String(r.a) ? 'must not be below a' : undefined),
        checkCode: 503,
      },
    ]);
    expect(rec.encode({ a: '10', b: '20' })).toBeInstanceOf(Uint8Array);
    expect(caught(() => rec.encode({ a: '30', b: '20' })).code).toBe(503);
    expect(caught(() => rec.decode(fromEscaped('3020'))).offset).toBe(2);
  });

  it('decoders report the byte offset', () => {
    const bytes = sample.encode(value);
    const bad = bytes.slice();
    bad[5] = 0x41; // inside merchantNumber (starts at offset 3)
    const e = caught(() => sample.decode(bad));
    expect([e.code, e.field, e.offset]).toEqual([502, 'merchantNumber', 5]);
    expect(caught(() => sample.decode(bytes.subarray(0, 10))).code).toBe(512);
    expect(caught(() => sample.decode(fromEscaped('Q4.'))).offset).toBe(0);
    expect(caught(() => sample.decode(fromEscaped('D4,'))).offset).toBe(2);
  });

  it('trailing bytes are an error unless allowed', () => {
    const rec = compileRecord('r', [{ name: 'a', length: 2 }]);
    expect(caught(() => rec.decode(fromEscaped('abc'))).code).toBe(517);
    expect(rec.decode(fromEscaped('abc'), { allowTrailing: true })).toEqual({ a: 'ab' });
    expect(rec.decodePartial(fromEscaped('xxabc'), 2)).toEqual({ value: { a: 'ab' }, next: 4 });
  });
});

describe('card data stays masked', () => {
  it('in errors', () => {
    const e = caught(() => sample.encode({ ...value, pan: '41111111111111x1' }));
    expect(e.message + JSON.stringify(e)).not.toContain('4111111111111');
    expect(e.actual).toBe('411111******11x1');
  });

  it('in traces and redacted values', () => {
    const bytes = sample.encode(value);
    const { entries } = sample.trace(bytes);
    const text = formatTrace(entries) + JSON.stringify(entries);
    expect(text).not.toContain('4111111111111111');
    expect(text).toContain('411111******1111');
    expect(redactRecord(sample.fields, sample.decode(bytes)).pan).toBe('411111******1111');
  });
});

describe('traces', () => {
  it('annotate every field with offset, length, raw and meaning', () => {
    const { entries } = sample.trace(sample.encode(value));
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('recordFormat')).toMatchObject({
      offset: 0,
      length: 1,
      raw: 'D',
      meaning: 'credit authorization',
    });
    expect(byPath.get('merchantNumber')).toMatchObject({ offset: 3, length: 12 });
    expect(byPath.get('pan')).toMatchObject({ offset: 27, length: 16, terminator: '<FS>', sensitive: 'pan' });
    expect(byPath.get('amounts.1.value')).toMatchObject({ value: 10, depth: 1 });
    expect(byPath.get('amounts.1')).toMatchObject({ label: 'amounts [1]', length: 6 });
    expect(formatTrace(entries).split('\n')[0]).toMatch(/off.*len.*field.*raw.*value/);
  });
});

// ---------------------------------------------------------------------------------------------
// property tests: random specs and values

const charsets = {
  numeric: '0123456789',
  alphanumeric: 'ABCXYZ abc019.-/*',
  alpha: 'ABCZ abz',
  hex: '0123456789ABCDEF',
} as const;
type Fmt = keyof typeof charsets;

const specArb: fc.Arbitrary<FieldSpec[]> = fc
  .array(
    fc.record({
      format: fc.constantFrom<Fmt>('numeric', 'alphanumeric', 'alpha', 'hex'),
      shape: fc.constantFrom('fixed', 'fs', 'prefix'),
      size: fc.integer({ min: 1, max: 12 }),
      optional: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((defs) =>
    defs.map((d, i): FieldSpec => {
      const base = { name: `f${i}`, format: d.format, optional: d.optional };
      if (d.shape === 'fixed') return { ...base, length: d.size, pad: 'none', min: d.size };
      if (d.shape === 'fs') return { ...base, terminator: FS, max: d.size };
      return { ...base, lengthPrefix: 2, max: d.size };
    }),
  );

function valueArb(specs: FieldSpec[]): fc.Arbitrary<Record<string, string>> {
  const entries = specs.map((s) => {
    const chars = charsets[s.format as Fmt];
    const len = s.length ?? s.max!;
    // An optional fixed field holding only its fill character is the same bytes as an absent one.
    const text = fc
      .array(fc.constantFrom(...chars), { minLength: s.length ?? 1, maxLength: len })
      .map((a) => a.join(''))
      .filter((t) => !(s.optional && s.length !== undefined && t.trim() === ''));
    return [s.name, s.optional ? fc.option(text, { nil: undefined }) : text] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((r) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v as string;
    return out;
  });
}

describe('property: the engine round-trips random tables and values', () => {
  it('decode(encode(v)) equals v and encode(decode(b)) equals b', () => {
    fc.assert(
      fc.property(
        specArb.chain((specs) => fc.tuple(fc.constant(specs), valueArb(specs))),
        ([specs, v]) => {
          const rec = compileRecord('random', specs);
          const bytes = rec.encode(v);
          const back = rec.decode(bytes);
          expect(back).toEqual(v);
          expect(rec.encode(back)).toEqual(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random bytes only ever produce a value or a paywire error', () => {
    fc.assert(
      fc.property(specArb, fc.uint8Array({ maxLength: 80 }), (specs, bytes) => {
        const rec = compileRecord('random', specs);
        try {
          rec.decode(bytes);
          rec.trace(bytes);
        } catch (e) {
          expect(isPaywireError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
