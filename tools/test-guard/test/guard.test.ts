import { describe, expect, it } from 'vitest';
import { assertNoLeaks, findLeaks, registerSecret } from '../src/index.js';

describe('test-guard', () => {
  it('finds test PANs and registered secrets, never printing them whole', () => {
    expect(findLeaks('pan 4111111111111111 here')).toEqual(['4111…(16 chars)']);
    expect(findLeaks('pan 411111******1111 masked')).toEqual([]);
    registerSecret('s3cr3t-password');
    expect(() => assertNoLeaks('Auth-Password: s3cr3t-password', 'headers')).toThrow(
      /unmasked in headers: s3cr…/,
    );
    expect(() => registerSecret('123')).toThrow(/too short/);
  });
});

describe('setup file', () => {
  it('fails a test that prints a test PAN', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync(
      process.execPath,
      [
        fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url)),
        'run',
        '--config',
        'test/fixtures/vitest.fixture.config.ts',
      ],
      {
        cwd,
        encoding: 'utf8',
        timeout: 60000,
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'test-guard: card data or secret printed unmasked: 4111…(16 chars)',
    );
  }, 60000);
});
