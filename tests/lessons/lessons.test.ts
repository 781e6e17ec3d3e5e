import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { describeResult } from '../../lessons/checks/describe.ts';
import { seedList } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import { getKit } from '../../robot/index.ts';
import { gradeWithReasons } from './grade-failures.ts';

/*
 * Every lesson folder, found at run time: a lesson added later is covered by the same
 * tests. The reference solution must pass under classroom realism on every kit the lesson
 * supports, for 5 seeds (5 slightly different robots); the starter must fail, with a reason
 * a student can act on.
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

  it.each(lesson.kits)('the starter fails on %s, with a reason and a hint', (kitId) => {
    const run = runLesson({
      lesson,
      kit: getKit(kitId),
      source: lesson.starter.en,
      language: 'ts',
      fileName: 'starter.ts',
      seed: 1,
      realism: 'classroom',
      quickjs,
      now: () => performance.now(),
    });
    // The starter is a program that works (no error), but does not do the mission yet.
    expect(run.outcome.error?.code ?? null).toBeNull();
    expect(run.passed).toBe(false);
    const failed = run.checks.filter((c) => !c.passed && c.required);
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) {
      for (const lang of ['en', 'vi', 'lo'] as const) {
        const text = describeResult(check, lang, lesson.names);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).toContain((check.hint as NonNullable<typeof check.hint>)[lang]);
      }
    }
  });
});
