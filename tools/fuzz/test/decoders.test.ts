// Decoders under attack: a short deterministic run of the fuzz engine over every message kind.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../src/check.js';
import { formatFailure, fuzzKind } from '../src/engine.js';
import { allKinds } from '../src/kinds.js';
import { seedsFor } from '../src/seeds.js';

/** Inputs per kind in the test suite (the long run is `pnpm fuzz --minutes N`). */
const INPUTS_PER_KIND = 5000;

describe('every registered kind', () => {
  it('covers the 12 kinds of the five codec packages', () => {
    expect(allKinds.map((k) => k.package).sort()).toEqual(
      [
        ...Array(4).fill('@paywire/tsys'),
        ...Array(2).fill('@paywire/paymentech'),
        ...Array(2).fill('@paywire/datawire'),
        ...Array(2).fill('@paywire/fdms-gift'),
        ...Array(2).fill('@paywire/trustcommerce'),
      ].sort(),
    );
  });

  it.each(allKinds.map((k) => [k.name, k] as const))('%s: its seed packets pass every check', (_n, kind) => {
    const seeds = seedsFor(kind);
    expect(seeds.length).toBeGreaterThan(0);
    for (const s of seeds) {
      const out = checkInput(kind, s.bytes);
      expect(out.ok ? 'ok' : `${s.name}: ${out.problem.reason} ${out.problem.detail}`).toBe('ok');
    }
    // the kind's own examples decode (vector files may hold shapes the kind refuses)
    for (const e of kind.examples ?? []) expect(() => kind.decode(e.bytes)).not.toThrow();
  });

  it.each(allKinds.map((k) => [k.name, k] as const))(
    `%s: ${INPUTS_PER_KIND} random, mutated and structure-aware inputs give a value or a paywire error`,
    (_n, kind) => {
      const stats = fuzzKind(kind, { firstSeed: 0, count: INPUTS_PER_KIND });
      expect(stats.inputs).toBe(INPUTS_PER_KIND);
      // the mutations must reach the decoders, not stop at the frame check
      expect(stats.decoded).toBeGreaterThan(INPUTS_PER_KIND * 0.1);
      expect(stats.failures.map(formatFailure)).toEqual([]);
    },
  );
});
