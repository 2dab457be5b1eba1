import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Certificate verification stays on everywhere: no source file of a package or app may turn it
// off (rejectUnauthorized: false, NODE_TLS_REJECT_UNAUTHORIZED, a checkServerIdentity that
// accepts anything). Tests may pass such options on purpose to check they are refused.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const FORBIDDEN = [
  /rejectUnauthorized\s*:\s*false/,
  /NODE_TLS_REJECT_UNAUTHORIZED/,
  /checkServerIdentity\s*:\s*\(\s*\)\s*=>\s*undefined/,
];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'test' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|mts|cts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

it('no package or app source disables TLS certificate verification', () => {
  const files = ['packages', 'apps'].flatMap((d) => sources(join(root, d)));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) => FORBIDDEN.some((re) => re.test(readFileSync(f, 'utf8'))));
  expect(offenders.map((f) => relative(root, f))).toEqual([]);
});
