import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';

it('the Datawire README example is test/datawire-readme-example.ts and prints what the README says', async () => {
  const example = readFileSync(new URL('./datawire-readme-example.ts', import.meta.url), 'utf8');
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Datawire'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBe(example);
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  try {
    await import('./datawire-readme-example.js');
  } finally {
    spy.mockRestore();
  }
  expect(lines).toEqual(['00 10000 7500', '7500']);
});
