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
    // A worker keeps the modules it has loaded from one test file to the next, instead of
    // loading them again for every file: the suite took 654 s isolated, 512 s like this, on
    // 2 cores. No test file changes what another sees: env stubs and fake timers are undone
    // after their test, and nothing mocks a module.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
