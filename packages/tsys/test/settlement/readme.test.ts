// Runs the ```ts example of the README's "EIS 1081 data capture (settlement)" section as written.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, vi } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

it('README settlement quick start runs and prints what it says', async () => {
  const readme = readFileSync(join(here, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## EIS 1081 data capture (settlement)'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code).toBeDefined();
  const file = join(here, `readme-example-${process.pid}.generated.ts`);
  writeFileSync(file, code!.replace("from '@paywire/tsys'", "from '../../src/settlement/index.js'"));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ file);
    const calls = log.mock.calls.map((c) => c[0]);
    expect(calls[0]).toMatchObject({
      type: 'trailer',
      batchRecordCount: 5,
      batchHashingTotal: 8555,
      cashBackTotal: 0,
      batchNetDeposit: 8555,
    });
    // 5 frames: header 65, parameter 78, tipped detail 120, force 108, trailer 73, each + STX, ETB/ETX, LRC
    expect(calls[1]).toBe(65 + 78 + 120 + 108 + 73 + 5 * 3);
    expect(calls[2]).toEqual({
      recordIndex: 3,
      field: 'settlementAmount',
      description: 'settlement amount invalid',
    });
  } finally {
    log.mockRestore();
    rmSync(file, { force: true });
  }
});
