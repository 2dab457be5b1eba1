// One test per Group III version, built from the spec's tables (EIS 1080 v17.6 §5.2, INDEX.md §1.6):
// the record lengths each table allows (min/max incl. the version number, GS excluded), transcribed
// by hand, are compared with the smallest and largest record the field tables produce, and each
// version round-trips in both directions with records filled to the minimum and to the maximum.

import { ByteWriter, type FieldSpec } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import {
  type Direction,
  decodeGroupIII,
  encodeGroupIII,
  type GroupIIIRecord,
  groupIIIVersions,
} from '../src/auth/group-3/index.js';

/** [min, max] per layout, in the order of the registry's layouts; from the spec tables (INDEX.md §1.6). */
type Ranges = readonly (readonly [number, number])[];
const N = (n: number) => [n, n] as const;
const R = (a: number, b: number) => [a, b] as const;

const SPEC_LENGTHS: Record<string, { request: Ranges; response: Ranges }> = {
  '000': { request: [N(3)], response: [N(3)] },
  '001': { request: [N(7)], response: [R(3, 4)] },
  '007': { request: [N(9)], response: [R(3, 4)] },
  '008': { request: [R(4, 21)], response: [N(3)] },
  '009': { request: [R(86, 149)], response: [N(3)] },
  '010': { request: [R(74, 98)], response: [R(20, 532)] },
  '011': { request: [N(4)], response: [N(3)] },
  '012': { request: [], response: [] },
  '013': { request: [R(5, 33)], response: [R(3, 15)] },
  '014': { request: [N(4)], response: [N(3)] },
  '015': { request: [N(4)], response: [N(3)] },
  '017': { request: [N(43), N(83)], response: [R(4, 5)] },
  '018': { request: [N(4)], response: [N(3)] },
  '019': { request: [R(5, 37)], response: [N(3)] },
  '020': { request: [R(15, 25)], response: [N(3)] },
  '021': { request: [R(3, 13)], response: [N(3)] },
  // T5.39 version only, T5.40 with amounts; T5.41 (plus the tolerated short form, 43-103)
  '022': { request: [N(3), R(43, 103)], response: [N(103), R(43, 103)] },
  '023': { request: [R(4, 203)], response: [R(4, 203)] },
  '024': { request: [N(3)], response: [N(6)] },
  '025': { request: [R(4, 13)], response: [N(3)] },
  '026': { request: [R(5, 14)], response: [N(3)] },
  '027': { request: [N(15)], response: [N(3)] },
  '028': { request: [R(20, 305)], response: [N(3)] },
  '029': { request: [R(24, 245)], response: [N(3)] },
  '030': { request: [R(19, 103)], response: [N(3)] },
  '031': { request: [R(8, 20)], response: [N(3)] },
  '032': { request: [N(3)], response: [R(13, 90)] },
  '033': { request: [N(5)], response: [N(3)] },
  '034': { request: [N(3)], response: [R(4, 6)] },
  '035': { request: [R(4, 54)], response: [R(4, 54)] },
  '036': { request: [N(6)], response: [N(3)] },
  '037': { request: [N(4)], response: [N(3)] },
  '038': { request: [N(131)], response: [N(3)] },
  '039': { request: [N(4)], response: [N(3)] },
  '040': { request: [N(3)], response: [R(4, 5)] },
  '041': { request: [R(5, 38)], response: [N(3)] },
  '042': { request: [R(11, 190)], response: [N(3)] },
  '043': { request: [N(7)], response: [N(3)] },
  '044': { request: [R(5, 9)], response: [N(3)] },
  // T5.87 with one issuer script; the further layouts (2-10 scripts) add 1-511 bytes per script
  '045': {
    request: [R(69, 335)],
    response: [R(5, 1025), ...Array.from({ length: 9 }, (_, i) => R(6 + i, 1025 + 511 * (i + 1)))],
  },
  '046': { request: [N(3)], response: [R(5, 24)] },
  '047': { request: [], response: [] },
  '048': { request: [N(3)], response: [N(12)] },
  '049': { request: [R(4, 28)], response: [R(4, 28)] },
  '050': { request: [N(3)], response: [R(4, 14)] },
  '051': { request: [N(4)], response: [R(12, 17)] },
  '052': { request: [R(255, 385)], response: [N(3)] },
  '053': { request: [N(3)], response: [R(7, 26)] },
  '054': { request: [N(7)], response: [N(3)] },
  '055': { request: [R(10, 259)], response: [R(10, 259)] },
  '056': { request: [N(7)], response: [N(3)] },
  '057': { request: [R(4, 29)], response: [R(4, 29)] },
  '058': { request: [N(3)], response: [R(5, 32)] },
  '059': { request: [N(3)], response: [N(14)] },
  '060': { request: [R(5, 8)], response: [N(3)] },
  '061': { request: [N(3)], response: [R(4, 5)] },
  // usage 2 (T5.120/T5.121) then usage 1 (T5.118/T5.119)
  '062': { request: [R(4, 15), R(7, 18)], response: [R(6, 13), R(9, 16)] },
  '063': { request: [R(18, 162)], response: [N(3)] },
  '064': { request: [N(6)], response: [N(3)] },
  '065': { request: [N(14)], response: [N(3)] },
  '066': { request: [R(14, 88)], response: [N(3)] },
  '067': { request: [N(4)], response: [N(3)] },
  '068': { request: [N(14)], response: [N(3)] },
  '069': { request: [N(11)], response: [N(3)] },
  '070': { request: [R(5, 75)], response: [R(5, 75)] },
  '071': { request: [N(4)], response: [N(3)] },
  '072': { request: [R(4, 7)], response: [R(4, 7)] },
  '073': { request: [N(5)], response: [N(3)] },
  '074': { request: [N(3)], response: [R(4, 6)] },
  '075': { request: [N(5)], response: [N(3)] },
  '076': { request: [N(3)], response: [R(4, 8)] },
  '077': { request: [R(5, 7)], response: [N(3)] },
  '078': { request: [R(6, 42)], response: [N(3)] },
  '200': { request: [R(6, 14)], response: [R(5, 29)] },
};

/** Value-level rules of a few versions that a blind filler would break. */
const OVERRIDES: Record<'min' | 'max', Record<string, Record<string, string>>> = {
  min: { '007': { presenceIndicator: '0', responseType: '0' } },
  max: {
    '007': { presenceIndicator: '1', responseType: '1', verificationCode: '1234' },
    '025': { transactionFeeAmount: 'D00000150' },
  },
};

function filler(spec: FieldSpec, n: number): string {
  if (spec.values !== undefined) {
    const keys = Object.keys(spec.values).filter((k) => k.length === n || spec.length === undefined);
    const sized = keys.filter((k) => k.length === n);
    if (sized.length > 0) return sized[0]!;
  }
  const c = spec.format === 'numeric' ? '7' : spec.format === 'hex' ? 'B' : 'A';
  return c.repeat(n);
}

/** A valid value set for a table: every field at its shortest (`min`) or longest (`max`) form. */
function sample(fields: readonly FieldSpec[], mode: 'min' | 'max', overrides: Record<string, string> = {}) {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.const !== undefined) continue;
    if (f.fields !== undefined) {
      out[f.name] = sample(f.fields, mode);
      continue;
    }
    if (overrides[f.name] !== undefined) {
      out[f.name] = overrides[f.name];
      continue;
    }
    if (mode === 'min' && f.optional && f.default === undefined) continue;
    const n = f.length ?? (mode === 'min' ? (f.min ?? 0) : (f.max ?? 0));
    if (n === 0) continue;
    out[f.name] = filler(f, n);
  }
  return out;
}

function encode(records: GroupIIIRecord[], direction: Direction): Uint8Array {
  const w = new ByteWriter();
  encodeGroupIII(w, records, direction);
  return w.toBytes();
}

describe('Group III registry', () => {
  it('names exactly the 74 versions of EIS 1080 v17.6 (000, 001, 007-015, 017-078, 200)', () => {
    const expected = ['000', '001'];
    for (let v = 7; v <= 78; v++) if (v !== 16) expected.push(String(v).padStart(3, '0'));
    expected.push('200');
    expect([...groupIIIVersions.keys()]).toEqual(expected);
    expect(Object.keys(SPEC_LENGTHS).sort()).toEqual(expected);
  });

  it('012 and 047 have no layout in either direction; every other version has both', () => {
    for (const spec of groupIIIVersions.values()) {
      const none = spec.version === '012' || spec.version === '047';
      expect(spec.request.length === 0, spec.version).toBe(none);
      expect(spec.response.length === 0, spec.version).toBe(none);
    }
  });
});

describe.each([...groupIIIVersions.values()])('G3v$version $title', (spec) => {
  for (const direction of ['request', 'response'] as const) {
    const expected = SPEC_LENGTHS[spec.version]![direction];
    it(`${direction}: layouts match the spec's lengths and round-trip at both extremes`, () => {
      expect(spec[direction].length).toBe(expected.length);
      spec[direction].forEach((layout, i) => {
        const tag = layout.tag ?? {};
        for (const [mode, want] of [
          ['min', expected[i]![0]],
          ['max', expected[i]![1]],
        ] as const) {
          const fields = { ...sample(layout.fields, mode, OVERRIDES[mode][spec.version]), ...tag };
          const bytes = encode([{ version: spec.version, fields }], direction);
          expect(bytes.length, `${layout.table} ${layout.name ?? ''} ${mode}`).toBe(want);
          const back = decodeGroupIII(bytes, 0, bytes.length, direction);
          expect(back).toHaveLength(1);
          expect(encode(back, direction)).toEqual(bytes);
        }
      });
      if (expected.length === 0) {
        // kept raw both ways
        const bytes = encode([{ version: spec.version, raw: 'X1<Y' }], direction);
        expect(decodeGroupIII(bytes, 0, bytes.length, direction)).toEqual([
          { version: spec.version, raw: 'X1<Y' },
        ]);
      }
    });
  }
});
