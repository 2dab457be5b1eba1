import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The simulator's Paymentech host is tested from its source, so the tests never depend on a stale build.
    alias: {
      '@paywire/simulator': fileURLToPath(new URL('../simulator/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['../../tools/test-guard/src/setup.ts'],
    testTimeout: 20000,
  },
});
