import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';

it('the TrustCommerce/Paymentech README example is test/trustcommerce-paymentech-readme-example.ts and prints what the README says', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(
    new URL('./trustcommerce-paymentech-readme-example.ts', import.meta.url),
    'utf8',
  );
  const section = readme.slice(readme.indexOf('## TrustCommerce and Paymentech NetConnect'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
  expect(block).toBe(example.replace("from '../src/index.js'", "from '@paywire/simulator'"));
  const printed = /```text\n([\s\S]*?)```/.exec(section)![1]!;
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  try {
    await import('./trustcommerce-paymentech-readme-example.js');
  } finally {
    spy.mockRestore();
  }
  expect(`${lines.join('\n')}\n`).toBe(printed);
});
