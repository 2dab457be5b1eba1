/** The fuzz engine: deterministic inputs per (kind, seed), the oracle, statistics and reproducers. */

import { isPaywireError, type MessageKind, toHex } from '@paywire/core';
import { checkInput, firstDifference, type Problem } from './check.js';
import { mutate } from './mutate.js';
import { Rng, seedFor } from './prng.js';
import { type Seed, seedsFor } from './seeds.js';
import { compareDecoded, perturb } from './structure.js';

export type Strategy = 'random' | 'mutate' | 'structure';

export interface Failure {
  kind: string;
  seed: number;
  strategy: string;
  how: string;
  reason: string;
  detail: string;
  hex: string;
}

export interface KindStats {
  kind: string;
  inputs: number;
  decoded: number;
  ms: number;
  failures: Failure[];
  /** Mutated inputs whose trace or redacted value showed a test PAN moved into a non-card field. */
  misplaced: number;
  /** The first such input (seed and note), for a look. */
  misplacedExample?: { seed: number; note: string; hex: string };
}

interface Prepared {
  kind: MessageKind<unknown>;
  seeds: Seed[];
  values: unknown[];
}

const prepared = new Map<string, Prepared>();

function prepare(kind: MessageKind<unknown>): Prepared {
  let p = prepared.get(kind.name);
  if (!p) {
    const seeds = seedsFor(kind);
    const values: unknown[] = [];
    for (const s of seeds) {
      try {
        values.push(kind.decode(s.bytes));
      } catch {
        // a seed the kind does not decode (vector for another shape) is still used for mutation
      }
    }
    p = { kind, seeds, values };
    prepared.set(kind.name, p);
  }
  return p;
}

/** The input number `seed` of a kind: always the same bytes for the same (kind, seed). */
export function generate(
  kind: MessageKind<unknown>,
  seed: number,
  only?: Strategy,
): { bytes: Uint8Array; strategy: Strategy; how: string; strict?: boolean } {
  const p = prepare(kind);
  const rng = new Rng(seedFor(kind.name, seed));
  const roll = rng.int(100);
  const strategy: Strategy =
    only ??
    (roll < 10 || p.seeds.length === 0
      ? 'random'
      : roll < 75 || p.values.length === 0
        ? 'mutate'
        : 'structure');
  if (strategy === 'random') {
    const n = rng.pick([0, 1, 2, 8, 40, 200, 1000]);
    const bytes = rng.bytes(n);
    if (rng.chance(0.5)) for (let i = 0; i < n; i++) bytes[i] = 0x20 + (bytes[i]! % 0x5f);
    if (rng.chance(0.3) && p.seeds.length > 0) {
      const head = rng.pick(p.seeds).bytes;
      bytes.set(head.subarray(0, Math.min(n, rng.range(1, 8))));
    }
    return { bytes, strategy, how: `random ${n}` };
  }
  if (strategy === 'mutate') {
    const base = rng.pick(p.seeds);
    let src = base.bytes;
    if (rng.chance(0.1) && p.seeds.length > 1) {
      // splice two seeds
      const other = rng.pick(p.seeds).bytes;
      const cut = rng.int(src.length);
      const cut2 = rng.int(other.length);
      const joined = new Uint8Array(cut + other.length - cut2);
      joined.set(src.subarray(0, cut));
      joined.set(other.subarray(cut2), cut);
      src = joined;
    }
    const m = mutate(rng, src, kind.framed === true);
    return { bytes: m.bytes, strategy, how: `${base.name}: ${m.how}` };
  }
  const base = rng.pick(p.values);
  const q = perturb(rng, base, rng.chance(0.5));
  try {
    const bytes = kind.encode(q.value);
    // a renamed or retyped field may carry a test PAN where no card data is expected
    return { bytes, strategy, how: `perturb ${q.how}`, strict: q.reshaped !== true };
  } catch (e) {
    if (!isPaywireError(e)) throw new EncodeCrash(e, q.how);
    return { bytes: new Uint8Array(0), strategy, how: `perturb ${q.how} (encoder refused)` };
  }
}

/** An encoder crashed on a perturbed value (reported as a failure of the kind). */
export class EncodeCrash extends Error {
  constructor(
    readonly original: unknown,
    readonly how: string,
  ) {
    super(original instanceof Error ? `${original.name}: ${original.message}` : String(original));
  }
}

/** Runs and checks one input. */
export function runOne(
  kind: MessageKind<unknown>,
  seed: number,
): { failure?: Failure; decoded: boolean; ms: number; misplaced?: string; hex?: string } {
  let g: ReturnType<typeof generate>;
  try {
    g = generate(kind, seed);
  } catch (e) {
    if (e instanceof EncodeCrash)
      return {
        failure: {
          kind: kind.name,
          seed,
          strategy: 'structure',
          how: e.how,
          reason: 'encode-threw',
          detail: e.message.slice(0, 300),
          hex: '',
        },
        decoded: false,
        ms: 0,
      };
    throw e;
  }
  if (g.how.endsWith('(encoder refused)')) return { decoded: false, ms: 0 };
  // byte mutations can move a card number into a field that does not carry card data
  const out = checkInput(kind, g.bytes, { strict: g.strict === true });
  if (out.ok) {
    if (out.misplaced !== undefined)
      return { decoded: out.decoded, ms: out.ms, misplaced: out.misplaced, hex: toHex(g.bytes) };
    return { decoded: out.decoded, ms: out.ms };
  }
  return {
    failure: toFailure(kind, seed, g.strategy, g.how, out.problem, g.bytes),
    decoded: false,
    ms: out.ms,
  };
}

function toFailure(
  kind: MessageKind<unknown>,
  seed: number,
  strategy: string,
  how: string,
  problem: Problem,
  bytes: Uint8Array,
): Failure {
  return { kind: kind.name, seed, strategy, how, ...problem, hex: toHex(bytes) };
}

/** Fuzzes a kind for `count` inputs or until `deadline` (ms since epoch), from `firstSeed`. */
export function fuzzKind(
  kind: MessageKind<unknown>,
  options: {
    firstSeed?: number;
    count?: number | undefined;
    deadline?: number | undefined;
    maxFailures?: number;
  },
): KindStats {
  const first = options.firstSeed ?? 0;
  const stats: KindStats = { kind: kind.name, inputs: 0, decoded: 0, ms: 0, failures: [], misplaced: 0 };
  const seen = new Set<string>();
  const t0 = performance.now();
  for (let i = 0; ; i++) {
    if (options.count !== undefined && i >= options.count) break;
    if (options.deadline !== undefined && (i & 15) === 0 && Date.now() >= options.deadline) break;
    const r = runOne(kind, first + i);
    stats.inputs++;
    if (r.decoded) stats.decoded++;
    if (r.misplaced !== undefined) {
      stats.misplaced++;
      stats.misplacedExample ??= { seed: first + i, note: r.misplaced, hex: r.hex ?? '' };
    }
    if (r.failure) {
      const key = `${r.failure.reason}|${r.failure.detail.replace(/\d+/g, 'N').slice(0, 80)}`;
      if (!seen.has(key)) {
        seen.add(key);
        stats.failures.push(r.failure);
        if (stats.failures.length >= (options.maxFailures ?? 50)) break;
      }
    }
  }
  stats.ms = performance.now() - t0;
  return stats;
}

export interface RoundTripStats {
  kind: string;
  tried: number;
  accepted: number;
  /** Accepted values of which the encoder left out a field (its shape does not carry it). */
  dropped: number;
  /** Paths left out, with how often. */
  droppedPaths: Map<string, number>;
  /** Accepted values that came back with a field filled in by the encoder (a default). */
  defaulted: number;
  failures: Failure[];
}

/**
 * Round trips: valid messages made by perturbing decoded examples within each field's shape.
 * Whatever the encoder accepts must decode, compare equal to what was encoded, and encode to the
 * same bytes again.
 */
export function roundTripKind(kind: MessageKind<unknown>, count: number, firstSeed = 0): RoundTripStats {
  const p = prepare(kind);
  const stats: RoundTripStats = {
    kind: kind.name,
    tried: 0,
    accepted: 0,
    dropped: 0,
    droppedPaths: new Map(),
    defaulted: 0,
    failures: [],
  };
  const seen = new Set<string>();
  const report = (seed: number, how: string, reason: string, detail: string, bytes: Uint8Array) => {
    const key = `${reason}|${detail.replace(/\d+/g, 'N').slice(0, 60)}`;
    if (seen.has(key)) return;
    seen.add(key);
    stats.failures.push({
      kind: kind.name,
      seed,
      strategy: 'round-trip',
      how,
      reason,
      detail,
      hex: toHex(bytes),
    });
  };
  for (let i = 0; i < count && p.values.length > 0; i++) {
    const seed = firstSeed + i;
    const rng = new Rng(seedFor(`${kind.name}#rt`, seed));
    const base = rng.pick(p.values);
    const q = i === 0 ? { value: base, how: 'example' } : perturb(rng, base, true);
    stats.tried++;
    let bytes: Uint8Array;
    try {
      bytes = kind.encode(q.value);
    } catch (e) {
      if (!isPaywireError(e)) report(seed, q.how, 'encode-threw', String(e), new Uint8Array(0));
      continue;
    }
    stats.accepted++;
    let back: unknown;
    try {
      back = kind.decode(bytes);
    } catch (e) {
      report(seed, q.how, 'decode-refuses-encoded', e instanceof Error ? e.message : String(e), bytes);
      continue;
    }
    const cmp = compareDecoded(q.value, back);
    if (cmp.changed.length > 0) {
      report(seed, q.how, 'not-equal', cmp.changed.slice(0, 3).join('; ').slice(0, 400), bytes);
      continue;
    }
    if (cmp.defaulted.length > 0) stats.defaulted++;
    if (cmp.dropped.length > 0) {
      stats.dropped++;
      for (const d of cmp.dropped) {
        const key = d.replace(/\[\d+\]/g, '[]');
        stats.droppedPaths.set(key, (stats.droppedPaths.get(key) ?? 0) + 1);
      }
    }
    try {
      const again = kind.encode(back);
      const diff = firstDifference(bytes, again);
      if (diff >= 0) report(seed, q.how, 'bytes-differ', `second encode differs at ${diff}`, bytes);
    } catch (e) {
      report(seed, q.how, 'encode-refuses-decoded', e instanceof Error ? e.message : String(e), bytes);
    }
  }
  return stats;
}

export function formatFailure(f: Failure): string {
  return [
    `FAIL ${f.kind} seed=${f.seed} [${f.strategy}] ${f.reason}: ${f.detail}`,
    `  how: ${f.how}`,
    `  reproduce: pnpm fuzz --kind ${f.kind} --seed ${f.seed} --count 1`,
    `  input hex: ${f.hex.length > 4000 ? `${f.hex.slice(0, 4000)}… (${f.hex.length / 2} bytes)` : f.hex}`,
  ].join('\n');
}
