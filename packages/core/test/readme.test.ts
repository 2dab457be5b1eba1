import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

// The README's quick start is run as written (against the built package) and its printed
// output compared with the `text` block that follows it in the README.
it('README quick start prints what the README says', () => {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const expected = /prints\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code).toBeDefined();
  expect(expected).toBeDefined();
  const dist = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
  const dir = mkdtempSync(join(tmpdir(), 'paywire-core-readme-'));
  const file = join(dir, 'quick-start.mjs');
  writeFileSync(file, code!.replace("'@paywire/core'", `'${dist}'`));
  const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
  expect(out).toBe(expected);
});
