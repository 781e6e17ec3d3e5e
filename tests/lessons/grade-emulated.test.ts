import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLessons } from '../../cli/runtime/load-lessons.ts';
import { findLesson } from '../../lessons/find-lesson.ts';
import {
  emulatedCheckSeeds,
  gradeEmulated,
  lessonRunOf,
  runLessonEmulated,
} from '../../lessons/run-lesson-emulated.ts';
import { getKit } from '../../robot/index.ts';

/*
 * "Check my mission" on the web app's emulated robot grades the program as `mekong grade`
 * grades simulator runs, from runs of `mekong run --lesson --emulate`: one per world of the
 * lesson, stopping at the first failing run.
 */
const KIT = getKit('l298n-2wd');
const LESSONS = await loadLessons();
const HELLO = findLesson(LESSONS, 'hello-robot');
const BUTTONS = findLesson(LESSONS, 'button-control');
/** The LED goes on, but no beep and never off again. */
const HALF_DONE = 'robot.led(true);\nawait robot.wait(300);\n';

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

const inputs = (source: string) => ({
  kit: KIT,
  source,
  language: 'ts' as const,
  fileName: 'program.ts',
  quickjs,
  now: () => performance.now(),
});

describe('gradeEmulated', () => {
  it('checks once per world of the lesson', () => {
    expect(BUTTONS.worlds.length).toBe(3);
    expect(emulatedCheckSeeds(BUTTONS)).toEqual([1, 2, 3]);
    expect(emulatedCheckSeeds(HELLO)).toEqual([1]);
  });

  it("passes a solution on every world, each run's world the seed's", async () => {
    const started: number[] = [];
    const grade = await gradeEmulated({
      ...inputs(BUTTONS.solution),
      lesson: BUTTONS,
      program: 'solution.ts',
      seeds: emulatedCheckSeeds(BUTTONS),
      onRun: (run, seed) => started.push(run * 100 + seed),
    });
    expect(started).toEqual([101, 202, 303]);
    expect(grade.runs.map((r) => [r.seed, r.world, r.ran, r.passed])).toEqual([
      [1, 0, true, true],
      [2, 1, true, true],
      [3, 2, true, true],
    ]);
    expect(grade.passed).toBe(true);
    expect(grade.program).toBe('solution.ts');
  }, 120_000);

  it('stops at the first failing run, with the checks of `mekong run --lesson --emulate`', async () => {
    const grade = await gradeEmulated({
      ...inputs(HALF_DONE),
      lesson: HELLO,
      program: 'half.ts',
      seeds: [1, 2],
    });
    expect(grade.passed).toBe(false);
    expect(grade.runs.map((r) => r.ran)).toEqual([true, false]);
    const single = await runLessonEmulated({ ...inputs(HALF_DONE), lesson: HELLO, seed: 1 });
    const run = lessonRunOf(single, 1, KIT.id);
    expect(run.passed).toBe(false);
    expect(grade.checks.map((c) => [c.id, c.passed, c.reason])).toEqual(
      run.checks.map((c) => [c.id, c.passed, c.reason]),
    );
  }, 120_000);
});
