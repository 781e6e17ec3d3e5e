import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import {
  type LessonRun,
  LessonRunner,
  type LessonRunOptions,
  runLesson,
} from '../../lessons/run-lesson.ts';
import { hashTrace } from '../../simulator/world/trace.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * The web app's "Check my mission" advances a lesson run a frame at a time; `mekong run
 * --lesson` runs it in one go. Both must give the same result and the same trace.
 */
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

function options(lesson: Lesson, source: string): LessonRunOptions {
  return lessonRunOptions(lesson, lesson.kits[0] as string, source, quickjs);
}

/** Advances like the frames of a 1× run would: uneven, and never on the question times alone. */
function runInSteps(opts: LessonRunOptions): { run: LessonRun; advances: number } {
  const runner = new LessonRunner(opts);
  const steps = [0, 16, 17, 16, 17, 1, 33, 16, 100, 17];
  let t = 0;
  let advances = 0;
  try {
    for (let i = 0; !runner.over; i++) {
      t += steps[i % steps.length] as number;
      runner.advance(t);
      advances++;
    }
    return { run: runner.result(), advances };
  } finally {
    runner.dispose();
  }
}

function comparable(run: LessonRun) {
  return {
    passed: run.passed,
    score: run.score,
    checks: run.checks,
    simTimeMs: run.simTimeMs,
    stoppedBy: run.outcome.stoppedBy,
    error: run.outcome.error?.code ?? null,
    trace: hashTrace(run.trace),
  };
}

describe('LessonRunner: a lesson run advanced in pieces', () => {
  it.each([
    // A mission that ends the run as soon as it is complete (endWhen), program still running.
    ['05-avoid-obstacles', 'solution'],
    ['05-avoid-obstacles', 'starter'],
    // Checks that cannot settle early: the run lasts until the program ends.
    ['01-hello-robot', 'solution'],
    ['04-stop-at-wall', 'starter'],
  ] as const)('%s %s: same result and trace as runLesson', async (folder, which) => {
    const lesson = await loadLesson(folder);
    const opts = options(lesson, which === 'starter' ? lesson.starter.en : lesson.solution);
    const whole = runLesson(opts);
    const { run: stepped, advances } = runInSteps(opts);
    expect(advances).toBeGreaterThan(3);
    expect(comparable(stepped)).toEqual(comparable(whole));
  });

  it('ends as soon as the mission is complete, with the program still running', async () => {
    const lesson = await loadLesson('05-avoid-obstacles');
    const { run } = runInSteps(options(lesson, lesson.solution));
    expect(run.passed).toBe(true);
    expect(run.outcome.stoppedBy).toBeNull();
    expect(run.simTimeMs).toBeLessThan(lesson.timeLimitMs);
    expect(run.simTimeMs % 250).toBe(0);
  });

  it('a program error is a failed "program" check with its line, and the run is over', async () => {
    const lesson = await loadLesson('01-hello-robot');
    const runner = new LessonRunner(
      options(lesson, 'robot.led(true);\nawait robot.wait(100);\nawait robot.bep(440, 100);\n'),
    );
    try {
      runner.advance(50);
      expect(runner.over).toBe(false);
      runner.advance(200);
      expect(runner.over).toBe(true);
      const run = runner.result();
      expect(run.passed).toBe(false);
      expect(run.checks[0]).toMatchObject({
        id: 'program',
        passed: false,
        reason: { key: 'programError', error: { line: 3 } },
      });
    } finally {
      runner.dispose();
    }
  });
});
