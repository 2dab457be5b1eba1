import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README quick start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs and prints what its comments say', async () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const expected = [...block.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((m) => m[1]!);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const dir = join(__dirname, '.generated');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'quick-start.ts');
    writeFileSync(file, block.replace("from '@paywire/trustcommerce'", "from '../../src/index.js'"));
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((v: unknown) => {
      logs.push(typeof v === 'string' ? v : JSON.stringify(v));
    });
    await import(file);
    expect(logs).toEqual(expected.map((e) => (e.startsWith('{') ? JSON.stringify(JSON.parse(e)) : e)));
  });
});
