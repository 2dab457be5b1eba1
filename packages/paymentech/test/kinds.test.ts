import { formatTrace, fromEscaped, toEscaped } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { kinds } from '../src/index.js';
import vectors from './vectors/am-nc-shapes.json' with { type: 'json' };

const byName = new Map(kinds.map((k) => [k.name, k]));

describe('kinds', () => {
  it('exports paymentech-request and paymentech-response', () => {
    expect([...byName.keys()]).toEqual(['paymentech-request', 'paymentech-response']);
    for (const k of kinds) expect(k.package).toBe('@paywire/paymentech');
  });

  it.each(vectors)('$name', (v) => {
    const kind = byName.get(v.kind)!;
    const wire = fromEscaped(v.wire);
    const value = kind.decode(wire);
    expect(value).toMatchObject(v.expect);
    expect(toEscaped(kind.encode(value))).toBe(v.wire);
    const { entries } = kind.trace(wire);
    expect(entries[0]!.label).toBe('STX');
    expect(entries.at(-1)!.label).toBe('ETX');
    expect(formatTrace(entries)).not.toContain('4111111111111111');
    // detection prefers the right kind
    const other = kinds.find((k) => k !== kind)!;
    expect(kind.detect!(wire)).toBeGreaterThan(other.detect!(wire));
  });

  it('detect says no to other shapes', () => {
    for (const k of kinds) {
      expect(k.detect!(new Uint8Array(0))).toBe(0);
      expect(k.detect!(fromEscaped('<STX>hello<ETX>'))).toBe(0);
    }
  });
});
