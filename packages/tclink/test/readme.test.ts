import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { afterEach, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const generated = fileURLToPath(new URL('./readme-quick-start.generated.ts', import.meta.url));

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(generated, { force: true });
});

it('README quick start runs and prints what the README says', async () => {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  const expected = /prints\n\n```text\n([\s\S]*?)```/.exec(readme)![1]!.trimEnd().split('\n');
  writeFileSync(generated, code.replace("'@paywire/tclink'", "'../src/index.js'"));
  const logs: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...v: unknown[]) => {
    logs.push(format(...v));
  });
  await import(generated);
  expect(logs).toEqual(expected);
});
