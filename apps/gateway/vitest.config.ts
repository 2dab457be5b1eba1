import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../tools/test-guard/src/setup.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
