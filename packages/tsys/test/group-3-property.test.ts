// Property tests (fast-check): arbitrary valid Group III records round-trip through every layout of
// every version, and arbitrary bytes only ever produce records or paywire errors.

import { ByteWriter, type FieldSpec, isPaywireError, type TraceEntry } from '@paywire/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Direction,
  decodeGroupIII,
  encodeGroupIII,
  type GroupIIILayout,
  type GroupIIIRecord,
  groupIIIVersions,
} from '../src/auth/group-3/index.js';

const CHARS: Record<string, string> = {
  numeric: '0123456789',
  hex: '0123456789ABCDEF',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ',
  alphanumeric: 'ABCXYZabcxyz0123456789 ~*-./@!#',
  text: 'ABCXYZ0123456789 ',
};

function text(chars: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
}

/** Values of fields whose `check` limits them further than their format. */
const SPECIAL: Record<string, fc.Arbitrary<string>> = {
  verificationCode: text('0123456789', 3, 4),
  transactionFeeAmount: fc.tuple(fc.constantFrom('C', 'D'), text('0123456789', 8, 8)).map(([a, b]) => a + b),
  encryptionTransmissionBlock: text('ABCabc019+/=', 250, 380),
  networkId: text('0123456789', 4, 4).filter((s) => s !== '0000'),
};

function scalar(f: FieldSpec): fc.Arbitrary<string> {
  if (SPECIAL[f.name]) return SPECIAL[f.name]!;
  if (f.values !== undefined) return fc.constantFrom(...Object.keys(f.values));
  const chars = CHARS[f.format ?? 'alphanumeric']!;
  if (f.length !== undefined) {
    // fixed fields without padding are exact; trailing/leading spaces would be read back differently when padded
    return text(chars.replace(' ', ''), f.length, f.length);
  }
  return text(chars, Math.max(f.min ?? 0, 1), f.max ?? 0);
}

function record(fields: readonly FieldSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) {
    if (f.const !== undefined) continue;
    if (f.max === 0 && f.length === undefined && f.fields === undefined) continue; // empty reserved slots
    const arb: fc.Arbitrary<unknown> = f.fields !== undefined ? record(f.fields) : scalar(f);
    model[f.name] = f.optional ? fc.option(arb, { nil: undefined }) : arb;
  }
  return fc
    .record(model)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

const cases: { version: string; direction: Direction; layout: GroupIIILayout }[] = [];
for (const spec of groupIIIVersions.values()) {
  for (const direction of ['request', 'response'] as const) {
    for (const layout of spec[direction]) cases.push({ version: spec.version, direction, layout });
  }
}

function encode(records: GroupIIIRecord[], direction: Direction): Uint8Array {
  const w = new ByteWriter();
  encodeGroupIII(w, records, direction);
  return w.toBytes();
}

/** A random valid record of a random version/layout, paired with its direction. */
const anyRecord = fc
  .constantFrom(...cases)
  .chain((c) =>
    record(c.layout.fields).map((fields) => ({ c, fields: { ...fields, ...(c.layout.tag ?? {}) } })),
  );

describe('Group III properties', () => {
  it('every layout of every version round-trips arbitrary valid records', () => {
    for (const c of cases) {
      fc.assert(
        fc.property(record(c.layout.fields), (generated) => {
          const fields = { ...generated, ...(c.layout.tag ?? {}) };
          let bytes: Uint8Array;
          try {
            bytes = encode([{ version: c.version, fields }], c.direction);
          } catch (e) {
            // only the cross-field rules (v007 presence/code, v022 whole slots) may refuse a generated record
            expect(isPaywireError(e) && (e.code === 511 || e.code === 593)).toBe(true);
            return;
          }
          const back = decodeGroupIII(bytes, 0, bytes.length, c.direction);
          expect(back).toEqual([{ version: c.version, fields }]);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('sequences of records of one direction round-trip', () => {
    for (const direction of ['request', 'response'] as const) {
      const one = fc.constantFrom(...cases.filter((c) => c.direction === direction)).chain((c) =>
        record(c.layout.fields).map((f) => ({
          version: c.version,
          fields: { ...f, ...(c.layout.tag ?? {}) },
        })),
      );
      fc.assert(
        fc.property(fc.array(one, { maxLength: 8 }), (records) => {
          let bytes: Uint8Array;
          try {
            bytes = encode(records, direction);
          } catch (e) {
            expect(isPaywireError(e) && (e.code === 511 || e.code === 593)).toBe(true);
            return;
          }
          const back = decodeGroupIII(bytes, 0, bytes.length, direction);
          expect(back).toEqual(records);
          expect(encode(back, direction)).toEqual(bytes);
        }),
        { numRuns: 200 },
      );
    }
  });

  const noisy = fc.array(
    fc.oneof(
      fc.constantFrom(0x1c, 0x1d, 0x30, 0x31, 0x32, 0x37, 0x20, 0x41),
      fc.integer({ min: 0, max: 255 }),
    ),
    { maxLength: 300 },
  );

  it('random bytes give records or a tsys paywire error, never anything else', () => {
    fc.assert(
      fc.property(
        noisy,
        fc.constantFrom<Direction>('request', 'response'),
        fc.boolean(),
        (arr, direction, tracing) => {
          const bytes = Uint8Array.from(arr);
          try {
            decodeGroupIII(bytes, 0, bytes.length, direction, tracing ? ([] as TraceEntry[]) : null);
          } catch (e) {
            expect(isPaywireError(e)).toBe(true);
            expect((e as { family: string }).family).toBe('tsys');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('valid records with one byte changed give records or a paywire error', () => {
    fc.assert(
      fc.property(anyRecord, fc.nat(), fc.integer({ min: 0, max: 255 }), ({ c, fields }, at, b) => {
        let bytes: Uint8Array;
        try {
          bytes = encode([{ version: c.version, fields }], c.direction);
        } catch {
          return;
        }
        bytes[at % bytes.length] = b;
        try {
          const out = decodeGroupIII(bytes, 0, bytes.length, c.direction, []);
          expect(Array.isArray(out)).toBe(true);
        } catch (e) {
          expect(isPaywireError(e)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
