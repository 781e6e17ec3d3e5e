import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { seedList } from '../../lessons/grade.ts';
import { sweepFixtures } from './student-fixtures.ts';

/*
 * Honest programs pass on every kit a lesson lists; programs that do not read their sensors
 * fail. For each lesson, tests/lessons/fixtures/<lesson>/ holds programs written the way
 * different students would write them from the lesson text (different thresholds within
 * what the text allows, different structure); a first line `// kits: l298n-2wd` narrows
 * one to the kits it is meant for (e.g. a program that uses the servo). At least three must
 * be meant for every kit. The programs in fixtures/<lesson>/blind/ move by heart (or not at
 * all) and must fail. Grading runs in the worker pool, as `mekong grade` does.
 *
 * Here every program runs on 3 seeds per kit: the world students see and two varied ones,
 * so CI stays within its time. The full sweep the lessons promise (10 seeds on every kit)
 * is `npm run bench -- --only course` (tests/bench/course-bench.ts), which reports every
 * program that breaks it.
 */
const SEEDS = seedList(3);
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

describe.each(await lessonFolders())('lesson %s, as students write it', async (folder) => {
  const lesson = await loadLesson(folder);

  it.each(lesson.kits)(
    `at least three honest programs pass on %s with ${SEEDS.length} seeds; the blind ones fail`,
    async (kitId) => {
      const sweep = await sweepFixtures(lesson, kitId, SEEDS, quickjs, 2);
      expect(sweep.everyKit).toBeGreaterThanOrEqual(3);
      expect(sweep.honestFailed).toEqual([]);
      expect(sweep.blindPassed).toEqual([]);
    },
    120_000,
  );
});
