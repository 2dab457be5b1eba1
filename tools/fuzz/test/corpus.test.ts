// Replays every regression input saved under tools/fuzz/corpus/ (failures the fuzzer found).

import { fromHex } from '@paywire/core';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../src/check.js';
import { loadCorpus } from '../src/corpus.js';
import { findKind } from '../src/kinds.js';

const corpus = loadCorpus();

describe('regression corpus', () => {
  it('holds the inputs of the failures found so far', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(3);
  });

  it.each(corpus.map((c) => [`${c.kind} ${c.reason} seed ${c.seed}`, c] as const))(
    '%s now passes',
    (_n, entry) => {
      const kind = findKind(entry.kind);
      expect(kind).toBeDefined();
      const out = checkInput(kind!, fromHex(entry.hex), { strict: entry.strict });
      expect(out.ok ? 'ok' : `${out.problem.reason}: ${out.problem.detail}`).toBe('ok');
    },
  );
});
