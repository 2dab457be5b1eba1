import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../test-guard/src/setup.ts'],
    testTimeout: 60000,
    hookTimeout: 30000,
  },
});
