import type { Clock } from '../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../firmware-bridge/bridge/connect-robot.ts';
import { Emulator } from '../firmware-bridge/emulator/emulator.ts';
import {
  type RunOutcome,
  type RunWithRobotOptions,
  runWithRobot,
} from '../robot/program/run-with-robot.ts';
import type { Trace } from '../simulator/world/trace.ts';
import { buttonEdges } from '../simulator/world/world.ts';
import { type CheckContext, type CheckResult, endOf } from './checks/check-context.ts';
import { evaluateChecks, summarize } from './checks/evaluate.ts';
import { gradeOfRuns, nextSeed, type ProgramGrade, seedList } from './grade.ts';
import type { Lesson } from './lesson-files.ts';
import {
  ASK_EVERY_MS,
  earlyEnd,
  type LessonRun,
  type LessonRunOptions,
  programFailure,
  worldForSeed,
} from './run-lesson.ts';

/** Emulated ms the board keeps running after the program ends, so the robot comes to rest. */
const SETTLE_MS = 300;

/** The same inputs as a simulator lesson run (`realism` applies to the emulated world). */
export interface EmulatedLessonRunOptions extends LessonRunOptions {
  /**
   * Runs the program against the board's robot; default runWithRobot, in this thread. A
   * host that can end a thread runs it there instead (cli/runtime/robot-run.ts), pausing
   * the board's pacer while the program runs a slice.
   */
  runProgram?: (options: RunWithRobotOptions, emulator: Emulator) => Promise<RunOutcome>;
}

export interface EmulatedLessonRun {
  world: number;
  passed: boolean;
  score: number;
  checks: CheckResult[];
  outcome: RunOutcome;
  /**
   * 'settled': stopped early, as the simulator's lesson runs are, once the lesson's
   * `endWhen` check passed or every check was settled (the trace then has no 'end' event).
   */
  stoppedBy: 'done' | 'failed' | 'time-limit' | 'settled';
  /** Emulated ms from power-on to the program's start (reset, Firmata handshake). */
  connectMs: number;
  /** Emulated ms the program ran. */
  programMs: number;
  /** The world's trace, with time counted from the program's start (as in the simulator). */
  trace: Trace;
}

/** The part of `trace` from `startMs` to `endMs`, with times counted from `startMs`. */
function fromProgramStart(trace: Trace, startMs: number, endMs = Number.POSITIVE_INFINITY): Trace {
  const events = trace.events
    .filter((e) => e.t >= startMs && e.t <= endMs)
    .map((e) => ({ ...e, t: e.t - startMs }));
  const first = trace.samples.findLastIndex((s) => s.t <= startMs);
  const samples = trace.samples
    .slice(Math.max(0, first))
    .filter((s) => s.t <= endMs)
    .map((s) => ({ ...s, t: Math.max(0, s.t - startMs) }));
  return { events, samples };
}

/** Runs `source` on the emulated board in the lesson's world and grades the run. */
export async function runLessonEmulated(
  options: EmulatedLessonRunOptions,
): Promise<EmulatedLessonRun> {
  const { lesson, kit, seed } = options;
  const { index, world } = worldForSeed(lesson, seed);
  // The scripted presses count from the program's start, as in the simulator: connecting to
  // the board takes time first. They are pressed on the board's clock below.
  const emulator = new Emulator({
    kit,
    world: { ...world, buttonPresses: [] },
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
    const body = emulator.robot.body;
    const context = (endMs?: number): CheckContext => {
      const trace = fromProgramStart(emulator.world.trace, startMs, endMs);
      return {
        trace,
        world,
        kit,
        robot: body.index,
        timeLimitMs: lesson.timeLimitMs,
        end: endOf(trace, body.index),
      };
    };
    // Aborted with the reason the run ends before the program does.
    const stop = new AbortController();
    const end = (reason: 'time-limit' | 'settled') => {
      if (!stop.signal.aborted) stop.abort(reason);
    };
    const cancelLimit = emulator.clock.setTimer(lesson.timeLimitMs, () => end('time-limit'));
    const cancelPresses = buttonEdges(world.buttonPresses).map(({ t, pressed }) =>
      emulator.clock.setTimer(t, () => emulator.world.pressButton(body.index, pressed)),
    );
    const cancelAsking = askEvery(emulator.clock, ASK_EVERY_MS, earlyEnd(lesson), context, () =>
      end('settled'),
    );
    robot.markProgramStart();
    const runProgram = options.runProgram ?? runWithRobot;
    let outcome: RunOutcome;
    try {
      outcome = await runProgram(
        {
          quickjs: options.quickjs,
          source: options.source,
          language: options.language,
          fileName: options.fileName,
          robot,
          now: options.now,
          signal: stop.signal,
          // Checks read what the program printed (prints-reading, button-count) from the trace.
          onLog: (_level, text) => {
            emulator.world.record({ t: emulator.world.time, robot: body.index, type: 'log', text });
          },
        },
        emulator,
      );
    } finally {
      cancelLimit();
      cancelAsking();
      for (const cancel of cancelPresses) cancel();
    }
    const stoppedEarly = stop.signal.aborted && outcome.error?.code === 'STOPPED';
    const stoppedBy: EmulatedLessonRun['stoppedBy'] = stoppedEarly
      ? (stop.signal.reason as 'time-limit' | 'settled')
      : outcome.ok
        ? 'done'
        : 'failed';
    const endMs = emulator.world.time;
    if (stoppedBy !== 'settled') {
      emulator.world.record({
        t: endMs,
        robot: body.index,
        type: 'end',
        reason: stoppedBy,
        ...(stoppedBy === 'failed' && outcome.error ? { code: outcome.error.code } : {}),
      });
    }
    await robot.wait(SETTLE_MS);
    await robot.close();
    emulator.world.finish();
    // Like the simulator's: once settled, what the robot does afterwards does not count.
    const ctx = context(stoppedBy === 'settled' ? endMs : undefined);
    const results = evaluateChecks(lesson.checks, ctx);
    const failure = programFailure({
      ok: stoppedBy !== 'failed',
      stoppedBy: stoppedBy === 'settled' ? null : stoppedBy,
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
      trace: ctx.trace,
    };
  } finally {
    emulator.stop();
  }
}

/** An emulated run in the shape of a simulator lesson run, as the grader reads one. */
export function lessonRunOf(run: EmulatedLessonRun, seed: number, kitId: string): LessonRun {
  return {
    seed,
    kit: kitId,
    world: run.world,
    passed: run.passed,
    score: run.score,
    checks: run.checks,
    outcome: { ...run.outcome, stoppedBy: run.stoppedBy === 'settled' ? null : run.stoppedBy },
    simTimeMs: run.programMs,
    trace: run.trace,
  };
}

/** The seeds of a mission check on the emulated board: one per world of the lesson (1, 2, …). */
export function emulatedCheckSeeds(lesson: Lesson): number[] {
  return seedList(lesson.worlds.length);
}

export interface EmulatedGradeOptions extends Omit<EmulatedLessonRunOptions, 'seed'> {
  /** The program as teachers know it (see ProgramSource.program). */
  program: string;
  seeds: readonly number[];
  /** Called as each run starts, with its number (1, 2, …) and seed. */
  onRun?: (run: number, seed: number) => void;
}

/**
 * The program's grade from runs on the emulated board, one per seed as nextSeed says
 * (stopping at the first failing run), graded as `mekong grade` grades simulator runs.
 */
export async function gradeEmulated(options: EmulatedGradeOptions): Promise<ProgramGrade> {
  const { program, seeds, onRun, ...run } = options;
  const runs: LessonRun[] = [];
  for (let seed = nextSeed(seeds, runs); seed !== undefined; seed = nextSeed(seeds, runs)) {
    onRun?.(runs.length + 1, seed);
    runs.push(lessonRunOf(await runLessonEmulated({ ...run, seed }), seed, run.kit.id));
  }
  return gradeOfRuns(program, run.lesson, seeds, runs);
}

/**
 * Asks `done(context())` every `everyMs` on the robot's clock and calls `onDone` the first
 * time it says yes; returns a function that stops asking. `done` null: never asks.
 */
function askEvery(
  clock: Clock,
  everyMs: number,
  done: ((ctx: CheckContext) => boolean) | null,
  context: () => CheckContext,
  onDone: () => void,
): () => void {
  if (!done) return () => undefined;
  let cancel = clock.setTimer(everyMs, function ask() {
    if (done(context())) onDone();
    else cancel = clock.setTimer(everyMs, ask);
  });
  return () => cancel();
}
