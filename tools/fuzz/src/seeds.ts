/** Seed packets per kind: the kind's own examples plus the codec packages' vector files. */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageKind } from '@paywire/core';

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** The monorepo root, found from this file (src/ or dist/ of tools/fuzz). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const VECTOR_FILES: readonly { dir: string; suffix: string; kind: string }[] = [
  { dir: 'packages/datawire/test/vectors', suffix: '.request.xml', kind: 'datawire-request' },
  { dir: 'packages/datawire/test/vectors', suffix: '.response.xml', kind: 'datawire-response' },
  { dir: 'packages/trustcommerce/test/vectors', suffix: '.request.txt', kind: 'trustcommerce-request' },
  { dir: 'packages/trustcommerce/test/vectors', suffix: '.response.txt', kind: 'trustcommerce-response' },
];

export function seedsFor(kind: MessageKind<unknown>): Seed[] {
  const out: Seed[] = (kind.examples ?? []).map((e) => ({ name: e.name, bytes: e.bytes }));
  for (const v of VECTOR_FILES) {
    if (v.kind !== kind.name) continue;
    let files: string[] = [];
    try {
      files = readdirSync(join(repoRoot, v.dir)).filter((f) => f.endsWith(v.suffix));
    } catch {
      continue;
    }
    for (const f of files.sort()) {
      out.push({ name: f, bytes: new Uint8Array(readFileSync(join(repoRoot, v.dir, f))) });
    }
  }
  return out;
}
