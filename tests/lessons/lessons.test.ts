import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { describeResult } from '../../lessons/checks/describe.ts';
import { seedList } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { gradeWithReasons } from './grade-failures.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * Every lesson folder, found at run time: a lesson added later is covered by the same
 * tests. The reference solution must pass under classroom realism on every kit the lesson
 * supports, for 5 seeds (5 slightly different robots); the starter must fail, with a reason
 * a student can act on. In a race the starter finishes its lap (students time it), slower:
 * it scores less than the solution.
 */
const SEEDS = seedList(5);
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

describe.each(await lessonFolders())('lesson %s', async (folder) => {
  const lesson: Lesson = await loadLesson(folder);

  it.each(lesson.kits)('the solution passes on %s for 5 seeds (classroom realism)', (kitId) => {
    const solution = { name: 'solution.ts', source: lesson.solution };
    const { grade, failures } = gradeWithReasons(lesson, kitId, solution, SEEDS, quickjs);
    expect(failures).toEqual([]);
    expect(grade.passed).toBe(true);
    expect(grade.runs.every((r) => r.ran && r.passed)).toBe(true);
  });

  const race = lesson.checks.some((c) => c.type === 'lap-time');

  it.each(lesson.kits)('the starter does not do the mission yet on %s, and says why', (kitId) => {
    const run = (source: string) =>
      runLesson(
        lessonRunOptions(lesson, kitId, source, quickjs, {
          fileName: 'starter.ts',
          seed: 1,
          realism: 'classroom',
        }),
      );
    const starter = run(lesson.starter.en);
    // The starter is a program that works (no error), but does not do the mission yet.
    expect(starter.outcome.error?.code ?? null).toBeNull();
    if (race) {
      expect(starter.passed).toBe(true);
      expect(starter.score).toBeLessThan(run(lesson.solution).score);
      return;
    }
    expect(starter.passed).toBe(false);
    const failed = starter.checks.filter((c) => !c.passed && c.required);
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) {
      // A check that counts only once an earlier one passed says that, with no hint of its
      // own (the earlier check's hint is the one to follow).
      const waits = check.reason.key === 'needsFirst';
      for (const lang of ['en', 'vi', 'lo'] as const) {
        const text = describeResult(check, lang, lesson.names);
        expect(text).not.toMatch(/\{\w+\}/);
        if (waits) expect(check.hint).toBeUndefined();
        else expect(text).toContain((check.hint as NonNullable<typeof check.hint>)[lang]);
      }
    }
    expect(failed.some((c) => c.reason.key !== 'needsFirst' && c.hint)).toBe(true);
  });
});
