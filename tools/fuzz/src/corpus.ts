/** Regression inputs: failures the fuzzer found, saved as JSON under tools/fuzz/corpus/<kind>/. */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Failure } from './engine.js';
import { repoRoot } from './seeds.js';

export const corpusDir = join(repoRoot, 'tools', 'fuzz', 'corpus');

export interface CorpusEntry extends Failure {
  /** Whether a leak of a registered PAN fails this input (false for byte-mutated inputs). */
  strict: boolean;
  /** Where the problem was fixed, when it was. */
  fixed?: string;
}

export function loadCorpus(dir = corpusDir): CorpusEntry[] {
  if (!existsSync(dir)) return [];
  const out: CorpusEntry[] = [];
  for (const kind of readdirSync(dir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const f of readdirSync(join(dir, kind.name)).sort()) {
      if (f.endsWith('.json'))
        out.push(JSON.parse(readFileSync(join(dir, kind.name, f), 'utf8')) as CorpusEntry);
    }
  }
  return out;
}

/** Saves a failure (with a non-empty input) once; returns the file written, or undefined. */
export function saveFailure(f: Failure, dir = corpusDir): string | undefined {
  if (f.hex === '') return undefined;
  const folder = join(dir, f.kind);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${f.reason}-${f.seed}.json`);
  if (existsSync(file)) return undefined;
  const entry: CorpusEntry = { ...f, strict: f.strategy === 'structure' || !f.reason.endsWith('leak') };
  writeFileSync(file, `${JSON.stringify(entry, null, 2)}\n`);
  return file;
}
