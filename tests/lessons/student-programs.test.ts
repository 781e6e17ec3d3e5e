import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { gradeClass } from '../../cli/runtime/grade-pool.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import { seedList } from '../../lessons/grade.ts';
import { getKit } from '../../robot/index.ts';
import { studentPrograms } from './student-fixtures.ts';

/*
 * Honest programs pass on every kit a lesson lists; programs that do not read their sensors
 * fail. For each lesson, tests/lessons/fixtures/<lesson>/ holds programs written the way
 * different students would write them from the lesson text (different thresholds within
 * what the text allows, different structure); each must pass `mekong grade` with 10 seeds on
 * every kit it is meant for (a first line `// kits: l298n-2wd` narrows that, e.g. for a
 * program that uses the servo). At least three of them must be meant for every kit. The
 * programs in fixtures/<lesson>/blind/ move by heart (or not at all) and must fail on every
 * kit. Grading runs in the worker pool, as `mekong grade` does.
 */
const SEEDS = seedList(10);
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

describe.each(await lessonFolders())('lesson %s, as students write it', async (folder) => {
  const lesson = await loadLesson(folder);
  const honest = await studentPrograms(folder);
  const blind = await studentPrograms(folder, 'blind');

  it.each(lesson.kits)(
    'at least three honest programs pass on %s with 10 seeds; the blind ones fail',
    async (kitId) => {
      const mine = honest.filter((p) => p.kits === undefined || p.kits.includes(kitId));
      expect(mine.filter((p) => p.kits === undefined).length).toBeGreaterThanOrEqual(3);
      const grades = await gradeClass({
        lesson,
        kit: getKit(kitId),
        seeds: SEEDS,
        programs: [...mine, ...blind],
        quickjs,
        now: () => performance.now(),
        workers: 2,
      });
      const failed = grades
        .slice(0, mine.length)
        .filter((g) => !g.passed)
        .map((g) => {
          const check = g.checks.find((c) => !c.passed && c.required);
          const why = check ? describeGradeCheck(check, SEEDS.length, 'en', lesson.names) : '';
          return `${g.program}: ${why}`;
        });
      expect(failed).toEqual([]);
      const passedBlind = grades.slice(mine.length).filter((g) => g.passed);
      expect(passedBlind.map((g) => g.program)).toEqual([]);
    },
    180_000,
  );
});
