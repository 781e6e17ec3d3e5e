import { connectRobot } from '../firmware-bridge/connect-robot.ts';
import { Emulator } from '../firmware-bridge/emulator/emulator.ts';
import { type RunOutcome, runWithRobot } from '../robot/program/run-with-robot.ts';
import type { Trace } from '../simulator/world/trace.ts';
import { type CheckContext, type CheckResult, endOf } from './checks/check-context.ts';
import { evaluateChecks, summarize } from './checks/evaluate.ts';
import { type LessonRunOptions, programFailure, worldForSeed } from './run-lesson.ts';

/** Emulated ms the board keeps running after the program ends, so the robot comes to rest. */
const SETTLE_MS = 300;

/** The same inputs as a simulator lesson run (`realism` applies to the emulated world). */
export type EmulatedLessonRunOptions = LessonRunOptions;

export interface EmulatedLessonRun {
  world: number;
  passed: boolean;
  score: number;
  checks: CheckResult[];
  outcome: RunOutcome;
  stoppedBy: 'done' | 'failed' | 'time-limit';
  /** Emulated ms from power-on to the program's start (reset, Firmata handshake). */
  connectMs: number;
  /** Emulated ms the program ran. */
  programMs: number;
  /** The world's trace, with time counted from the program's start (as in the simulator). */
  trace: Trace;
}

/** The part of `trace` from `startMs` on, with times counted from `startMs`. */
function fromProgramStart(trace: Trace, startMs: number): Trace {
  const events = trace.events
    .filter((e) => e.t >= startMs)
    .map((e) => ({ ...e, t: e.t - startMs }));
  const first = trace.samples.findLastIndex((s) => s.t <= startMs);
  const samples = trace.samples
    .slice(Math.max(0, first))
    .map((s) => ({ ...s, t: Math.max(0, s.t - startMs) }));
  return { events, samples };
}

/** Runs `source` on the emulated board in the lesson's world and grades the run. */
export async function runLessonEmulated(
  options: EmulatedLessonRunOptions,
): Promise<EmulatedLessonRun> {
  const { lesson, kit, seed } = options;
  const { index, world } = worldForSeed(lesson, seed);
  const emulator = new Emulator({
    kit,
    world,
    seed,
    realism: options.realism,
    now: options.now,
    speed: 'max',
  });
  try {
    const robot = await connectRobot({
      kit,
      transport: emulator.transport(),
      clock: emulator.clock,
    });
    const startMs = emulator.world.time;
    const limit = new AbortController();
    const cancelLimit = emulator.clock.setTimer(lesson.timeLimitMs, () => limit.abort());
    robot.markProgramStart();
    let outcome: RunOutcome;
    try {
      outcome = await runWithRobot({
        quickjs: options.quickjs,
        source: options.source,
        language: options.language,
        fileName: options.fileName,
        robot,
        now: options.now,
        signal: limit.signal,
      });
    } finally {
      cancelLimit();
    }
    const timeLimit = limit.signal.aborted && outcome.error?.code === 'STOPPED';
    const stoppedBy = timeLimit ? 'time-limit' : outcome.ok ? 'done' : 'failed';
    const body = emulator.robot.body;
    const endMs = emulator.world.time;
    emulator.world.record({
      t: endMs,
      robot: body.index,
      type: 'end',
      reason: stoppedBy,
      ...(stoppedBy === 'failed' && outcome.error ? { code: outcome.error.code } : {}),
    });
    await robot.wait(SETTLE_MS);
    await robot.close();
    emulator.world.finish();
    const trace = fromProgramStart(emulator.world.trace, startMs);
    const context: CheckContext = {
      trace,
      world,
      kit,
      robot: body.index,
      timeLimitMs: lesson.timeLimitMs,
      end: endOf(trace, body.index),
    };
    const results = evaluateChecks(lesson.checks, context);
    const failure = programFailure({
      ok: stoppedBy !== 'failed',
      stoppedBy,
      error: outcome.error,
      output: outcome.output,
    });
    const checks = failure ? [failure, ...results] : results;
    return {
      world: index,
      ...summarize(checks),
      checks,
      outcome,
      stoppedBy,
      connectMs: startMs,
      programMs: endMs - startMs,
      trace,
    };
  } finally {
    emulator.stop();
  }
}
