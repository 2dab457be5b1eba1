// The README quick start is this package's test/readme-quickstart.ts, character for character; it
// runs here against the simulator and prints what the README says it prints.
import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)];

it('the README quick start is the tested file and prints what it says', async () => {
  const code = blocks.find((b) => b[1] === 'ts')?.[2];
  const printed = blocks.find((b) => b[1] === 'text')?.[2];
  expect(code).toBe(readFileSync(new URL('./readme-quickstart.ts', import.meta.url), 'utf8'));
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    await import('./readme-quickstart.js');
  } finally {
    spy.mockRestore();
  }
  expect(`${lines.join('\n')}\n`).toBe(printed);
});
