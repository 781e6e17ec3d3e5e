import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/longest-first.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The default report, then the slowest files (the last lines of a CI log).
    reporters: ['default', './tests/slowest-files.ts'],
    // Vitest's default is one worker fewer than the cores: on the 2-core machines schools and
    // CI have, that is one file at a time, while most files spend their time waiting on a
    // child process, a browser or the emulator. Two workers at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
