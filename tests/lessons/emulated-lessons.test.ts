import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { EMULATED_REALISM } from '../../firmware-bridge/emulator/emulator.ts';
import { describeResult } from '../../lessons/checks/describe.ts';
import { kitHasPart, type Lesson } from '../../lessons/lesson-files.ts';
import { loadLesson } from '../../lessons/node/load-lessons.ts';
import { type EmulatedLessonRun, runLessonEmulated } from '../../lessons/run-lesson-emulated.ts';
import { getKit } from '../../robot/index.ts';

/*
 * Lessons that make sense on hardware also pass on the emulated board: our firmware in
 * avr8js, driven through HardwareRobot, in the lesson's world. The world's trace is graded
 * with the same checks the simulator uses. Each lesson lists the parts it needs
 * (lesson.json "parts"); the kit here must have them. The emulated board's world has
 * classroom realism (EMULATED_REALISM): a real robot's motors have a dead band, and
 * HardwareRobot's timed moves allow for it as SimRobot's do.
 */
const KIT = getKit('l298n-2wd');
const LESSONS = ['01-hello-robot', '02-drive-and-measure', '04-stop-at-wall'];

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

function failures(lesson: Lesson, run: EmulatedLessonRun): string[] {
  return run.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.id}: ${describeResult(c, 'en', lesson.names)}`);
}

describe.each(LESSONS)('lesson %s on the emulated board (l298n-2wd)', async (folder) => {
  const lesson = await loadLesson(folder);
  const run = (source: string, seed = 1) =>
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

  it('the kit has the parts the lesson needs', () => {
    expect(lesson.kits).toContain(KIT.id);
    expect(lesson.parts.filter((p) => !kitHasPart(KIT, p))).toEqual([]);
  });

  it.each(lesson.worlds.map((_, i) => i + 1))('the solution passes (world %i)', async (seed) => {
    const result = await run(lesson.solution, seed);
    expect(failures(lesson, result)).toEqual([]);
    expect(result.stoppedBy).toBe('done');
    expect(result.passed).toBe(true);
  });

  it('the starter fails a mission check (it runs to its end)', async () => {
    const result = await run(lesson.starter);
    expect(result.stoppedBy).toBe('done');
    expect(result.checks.some((c) => c.id !== 'program' && !c.passed)).toBe(true);
    expect(result.passed).toBe(false);
  });
});
