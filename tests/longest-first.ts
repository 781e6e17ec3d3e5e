// The order vitest starts the test files in: the longest first. With two workers, a long
// file started last runs alone while the other worker has nothing left to do. Vitest's own
// order uses the durations of the last run on this machine, which a fresh CI clone does
// not have; it then starts large files first, and some of the longest files are short.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the slowest files took in CI (the "Slowest test files" lines at the end of a CI
 * log); the files not listed keep vitest's order after these. Refresh from a CI log when
 * the list there changes much (tests/longest-first.test.ts checks every file exists).
 */
export const SLOWEST_FILES: Readonly<Record<string, number>> = {
  'tests/simulator/app/app-classroom.e2e.test.ts': 91,
  'tests/lessons/emulated-lessons.test.ts': 89,
  'tests/simulator/app/classroom-hub.e2e.test.ts': 75,
  'tests/simulator/app/robot-link.e2e.test.ts': 70,
  'tests/simulator/app/app.e2e.test.ts': 69,
  'tests/simulator/app/robot-flash.e2e.test.ts': 64,
  'tests/lessons/student-programs.test.ts': 61,
  'tests/cli/compete.test.ts': 61,
  'tests/simulator/app/blocks.e2e.test.ts': 49,
  'tests/simulator/app/competition-hub.e2e.test.ts': 47,
  'tests/cli/hard-stop.test.ts': 46,
  'tests/cli/hub/competition.test.ts': 28,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const root = process.cwd();
    const seconds = (file: TestSpecification) => SLOWEST_FILES[relative(root, file.moduleId)] ?? 0;
    // A stable sort: the files not listed keep vitest's order.
    return ordered.sort((a, b) => seconds(b) - seconds(a));
  }
}
