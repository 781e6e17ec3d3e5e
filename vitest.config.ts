import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The default report, then the slowest files (the last lines of a CI log).
    reporters: ['default', './tests/slowest-files.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
