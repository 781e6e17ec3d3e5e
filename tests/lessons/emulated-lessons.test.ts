import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLessons } from '../../cli/runtime/load-lessons.ts';
import { EMULATED_REALISM } from '../../firmware-bridge/emulator/emulator.ts';
import { describeResult } from '../../lessons/checks/describe.ts';
import { kitHasPart, type Lesson } from '../../lessons/lesson-files.ts';
import { earlyEnd } from '../../lessons/run-lesson.ts';
import { type EmulatedLessonRun, runLessonEmulated } from '../../lessons/run-lesson-emulated.ts';
import { getKit } from '../../robot/index.ts';

/*
 * Lessons on the hardware path: our firmware in avr8js, driven through HardwareRobot, in
 * the lesson's world, graded by the simulator's checks on the world's trace. Every lesson
 * folder is found at run time; a lesson runs here when it lists the kit and the kit has the
 * parts it needs (lesson.json "parts"). Kit l298n-2wd has every part. The world has the
 * emulated board's classroom realism (EMULATED_REALISM: real motors have a dead band), as
 * when grading. An emulated run takes about 40 % of its robot time in wall time, so each
 * world gets one run of the solution and the starter one run; the generous timeouts are
 * no performance assertion.
 */
const KIT = getKit('l298n-2wd');
const ALL = await loadLessons();
const LESSONS = ALL.filter(
  (lesson) => lesson.kits.includes(KIT.id) && lesson.parts.every((part) => kitHasPart(KIT, part)),
);

it(`kit ${KIT.id} runs every lesson (it has every part), so none is left out here`, () => {
  expect(LESSONS.map((l) => l.folder)).toEqual(ALL.map((l) => l.folder));
});

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

function failures(lesson: Lesson, run: EmulatedLessonRun): string[] {
  return run.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.id}: ${describeResult(c, 'en', lesson.names)}`);
}

/** Wall-clock budget for one emulated run of `lesson`, ms. */
const timeoutFor = (lesson: Lesson) => 30_000 + 2 * lesson.timeLimitMs;

describe.each(LESSONS.map((lesson) => [lesson.folder, lesson] as const))(
  `lesson %s on the emulated board (${KIT.id}, ${EMULATED_REALISM})`,
  (_, lesson) => {
    /** In a race (lesson 7) the starter finishes a lap, slowly: students time it. */
    const race = lesson.checks.some((c) => c.type === 'lap-time');
    const run = (source: string, seed: number) =>
      runLessonEmulated({
        lesson,
        kit: KIT,
        source,
        language: 'ts',
        fileName: 'program.ts',
        seed,
        realism: EMULATED_REALISM,
        quickjs,
        now: () => performance.now(),
      });

    it.each(lesson.worlds.map((_, i) => i + 1))(
      'the solution passes (world %i)',
      async (seed) => {
        const result = await run(lesson.solution, seed);
        expect(result.world).toBe(seed - 1);
        expect(failures(lesson, result)).toEqual([]);
        // A lesson that can end early (endWhen, settled checks) ends before its time limit.
        expect(result.stoppedBy).toBeOneOf(
          earlyEnd(lesson) ? ['done', 'settled'] : ['done', 'time-limit'],
        );
        expect(result.passed).toBe(true);
      },
      timeoutFor(lesson),
    );

    it(
      race
        ? 'the starter finishes its lap, too slow for full marks (and runs without an error)'
        : 'the starter fails a mission check (and runs without an error)',
      async () => {
        const result = await run(lesson.starter.en, 1);
        expect(result.outcome.error?.code ?? null).toBeOneOf([null, 'STOPPED']);
        expect(result.stoppedBy).not.toBe('failed');
        if (race) {
          expect(result.passed).toBe(true);
          expect(result.score).toBeLessThan(100);
          return;
        }
        expect(result.checks.some((c) => c.id !== 'program' && !c.passed)).toBe(true);
        expect(result.passed).toBe(false);
      },
      timeoutFor(lesson),
    );
  },
);
