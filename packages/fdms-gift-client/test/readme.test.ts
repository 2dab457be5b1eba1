// The README's quick start is test/readme-example.ts, character for character; this runs it and
// checks what it prints.

import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';

it('README quick start is the tested example and prints what the comments say', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBe(example);

  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    const mod = await import('./readme-example.js');
    expect(mod.did).toMatch(/^\d{20}$/);
    expect(mod.sale.requestCode).toBe('2202');
  } finally {
    spy.mockRestore();
  }
  const expected = [...example.matchAll(/\/\/ -> (.*)$/gm)].map((m) => m[1]);
  expect(lines).toEqual(expected);
});
