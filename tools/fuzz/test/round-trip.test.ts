// Round trips: valid messages (decoded examples perturbed within each field's shape) encode, decode
// and compare equal, and encode again to the same bytes.
import { describe, expect, it } from 'vitest';
import { formatFailure, roundTripKind } from '../src/engine.js';
import { allKinds } from '../src/kinds.js';

const MESSAGES_PER_KIND = 1500;

describe('round trips', () => {
  it.each(allKinds.map((k) => [k.name, k] as const))(
    '%s: arbitrary valid messages come back equal',
    (_n, kind) => {
      const stats = roundTripKind(kind, MESSAGES_PER_KIND);
      expect(stats.failures.map(formatFailure)).toEqual([]);
      expect(stats.tried).toBe(MESSAGES_PER_KIND);
      // most perturbed values stay valid: the test must exercise the codec, not only its validation
      expect(stats.accepted).toBeGreaterThan(MESSAGES_PER_KIND * 0.5);
    },
  );

  it('the examples themselves round-trip byte for byte', () => {
    for (const kind of allKinds) {
      for (const e of kind.examples ?? []) expect(kind.encode(kind.decode(e.bytes))).toEqual(e.bytes);
    }
  });
});
