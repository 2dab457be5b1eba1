import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The README example imports the package by name: point it at the sources, not a stale dist.
  resolve: { alias: { '@paywire/datawire': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['../../tools/test-guard/src/setup.ts'],
    testTimeout: 30000,
  },
});
