import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { MekongError } from '../robot/errors.ts';
import type { Kit } from '../robot/kits/kit-schema.ts';
import type { SliceBeacon } from '../robot/program/hard-stop.ts';
import type { Realism } from '../simulator/world/realism.ts';
import { type RobotOutcome, SimSession } from '../simulator/world/sim-session.ts';
import type { Trace } from '../simulator/world/trace.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';
import { causeOf, PART_READS } from './checks/causes.ts';
import { type CheckContext, type CheckResult, endOf } from './checks/check-context.ts';
import type { Check } from './checks/check-schema.ts';
import {
  allSettled,
  canSettleEarly,
  evaluateCheck,
  evaluateChecks,
  summarize,
} from './checks/evaluate.ts';
import type { Lesson } from './lesson-files.ts';
import { LESSON_REALISM, worldForSeed } from './run-policy.ts';

export { worldForSeed };

/** How often (simulated ms) a run asks whether the mission is complete or settled. */
export const ASK_EVERY_MS = 250;

export interface LessonRunOptions {
  lesson: Lesson;
  kit: Kit;
  source: string;
  language: 'ts' | 'js';
  /** Shown in the program's errors, e.g. "anh.ts". */
  fileName: string;
  /** Seed of the classroom realism; also picks the world (see worldForSeed). */
  seed: number;
  /** How real the robot is; LESSON_REALISM, as every check and grade runs, unless given. */
  realism?: Realism;
  quickjs: QuickJSWASMModule;
  /** Wall clock for the sandbox's runaway-loop budget only. */
  now: () => number;
  /** For a host that may kill this thread: see SimSessionOptions.beacon. */
  beacon?: SliceBeacon;
  /** Every console line as it is printed. */
  onLog?: (text: string) => void;
}

/** One run of a program on a lesson, with its check results. */
export interface LessonRun {
  seed: number;
  kit: string;
  /** Index into lesson.worlds. */
  world: number;
  /** Every required check passed and the program did not fail. */
  passed: boolean;
  /** 0..100, the weighted mean of the check scores. */
  score: number;
  /** The lesson's checks; a failed program adds a first result with id "program". */
  checks: CheckResult[];
  outcome: RobotOutcome;
  /** Simulated ms the run lasted (less than the limit when the grade was settled early). */
  simTimeMs: number;
  /** What happened; `hashTrace(trace)` fingerprints it. */
  trace: Trace;
}

/** The result a failed program adds in front of the lesson's checks. */
export function programFailure(outcome: RobotOutcome): CheckResult | undefined {
  const error = outcome.error;
  if (outcome.ok || !error) return undefined;
  return {
    id: 'program',
    type: 'program',
    required: true,
    weight: 1,
    passed: false,
    score: 0,
    reason: {
      key: 'programError',
      params: {},
      error: { code: error.code, params: error.params, line: error.line, column: error.column },
    },
  };
}

/**
 * The checks of a run that was stopped from outside (the hard stop ended its thread, and
 * the trace with it): the program's failure, then every check of the lesson as not run.
 */
export function stoppedRunChecks(lesson: Lesson, error: MekongError): CheckResult[] {
  const failure = programFailure({ ok: false, stoppedBy: 'failed', error, output: [] });
  const notRun = lesson.checks.map(
    (c): CheckResult => ({
      id: c.id,
      type: c.type,
      required: c.required,
      weight: c.weight,
      passed: false,
      score: 0,
      reason: { key: 'notRun', params: {} },
    }),
  );
  return failure ? [failure, ...notRun] : notRun;
}

/**
 * The lesson's checks after the program failed with an error: the error is the cause, so the
 * failed checks lose the lesson's hints (the error says what to fix). A program that could
 * not be read never ran: its checks were not made.
 */
function afterProgramError(results: CheckResult[], outcome: RobotOutcome): CheckResult[] {
  const neverRan = outcome.error?.code === 'SYNTAX_ERROR';
  return results.map((result) => {
    if (result.passed && !neverRan) return result;
    const { hint: _hint, details: _details, ...rest } = result;
    return neverRan
      ? { ...rest, passed: false, score: 0, reason: { key: 'notRun', params: {} } }
      : { ...rest, ...(result.details ? { details: result.details } : {}) };
  });
}

/** The failed checks of a run with the likely cause in the program, when it is clear. */
function withCauses(
  lesson: Lesson,
  results: CheckResult[],
  ctx: CheckContext,
  source: string,
  outcome: RobotOutcome,
): CheckResult[] {
  const facts = {
    source,
    sensors: lesson.parts.flatMap((part) => PART_READS[part] ?? []),
    reads: outcome.reads ?? {},
  };
  return results.map((result, i) => {
    const cause = causeOf(lesson.checks[i] as Check, result, ctx, facts);
    return cause ? { ...result, cause } : result;
  });
}

/**
 * Whether a run still in progress may end now: the lesson's `endWhen` check has passed, or
 * every check is settled (the rest of the run cannot change the grade). Null when no check
 * of the lesson can ever end a run early, so there is no need to ask.
 */
export function earlyEnd(lesson: Lesson): ((ctx: CheckContext) => boolean) | null {
  const endCheck = lesson.checks.find((c) => c.id === lesson.endWhen);
  const settles = canSettleEarly(lesson.checks);
  if (!endCheck && !settles) return null;
  return (ctx) =>
    (endCheck !== undefined && evaluateCheck(endCheck, ctx).passed) ||
    (settles && allSettled(lesson.checks, ctx));
}

/**
 * One lesson run that advances as far as its caller asks: the grader runs it to the end at
 * once (runLesson), the web app a frame at a time so the robot is seen driving. The run
 * asks whether the mission is complete or settled at the same simulated times (every
 * ASK_EVERY_MS) however it is advanced, so both give the same result and the same trace.
 */
export class LessonRunner {
  readonly lesson: Lesson;
  readonly kit: Kit;
  readonly seed: number;
  /** Index into lesson.worlds, and that world. */
  readonly worldIndex: number;
  readonly world: WorldSpec;
  readonly session: SimSession;
  private readonly mayEnd: ((ctx: CheckContext) => boolean) | null;
  /** The program, for the causes of failed checks. */
  private readonly source: string;
  /** Simulated ms of the next question "is the mission over?". */
  private nextAsk = ASK_EVERY_MS;
  private ended = false;

  constructor(options: LessonRunOptions) {
    const { lesson, kit, seed } = options;
    this.lesson = lesson;
    this.kit = kit;
    this.seed = seed;
    const { index, world } = worldForSeed(lesson, seed);
    this.worldIndex = index;
    this.world = world;
    this.session = new SimSession({
      world,
      entries: [
        { kit, source: options.source, language: options.language, fileName: options.fileName },
      ],
      seed,
      realism: options.realism ?? LESSON_REALISM,
      maxTimeMs: lesson.timeLimitMs,
      quickjs: options.quickjs,
      now: options.now,
      ...(options.beacon ? { beacon: options.beacon } : {}),
      ...(options.onLog ? { onLog: (_robot: number, text: string) => options.onLog?.(text) } : {}),
    });
    this.mayEnd = earlyEnd(lesson);
    this.source = options.source;
  }

  /**
   * True once the run is over: the program ended, the time limit came, or the mission was
   * complete or settled. The program may still be running in the last case.
   */
  get over(): boolean {
    return this.ended;
  }

  /** Runs the program and the world up to simulated time `untilMs`, or until the run is over. */
  advance(untilMs: number): void {
    if (this.ended) return;
    const limit = this.lesson.timeLimitMs;
    const target = Math.min(untilMs, limit);
    if (this.mayEnd) {
      while (Math.min(this.nextAsk, limit) <= target) {
        const t = this.nextAsk;
        this.session.advance(Math.min(t, limit));
        if (this.session.finished || t >= limit || this.mayEnd(this.context())) {
          this.ended = true;
          return;
        }
        this.nextAsk += ASK_EVERY_MS;
      }
    }
    // Between two questions (or with nothing to ask) the world just runs on.
    this.session.advance(target);
    if (this.session.finished || target >= limit) this.ended = true;
  }

  /** The checks on the run so far; call once the run is over. */
  result(): LessonRun {
    const { session } = this;
    session.world.finish();
    const outcome = session.outcomes[0] as RobotOutcome;
    const ctx = this.context();
    const results = evaluateChecks(this.lesson.checks, ctx);
    const failure = programFailure(outcome);
    const checks = failure
      ? [failure, ...afterProgramError(results, outcome)]
      : withCauses(this.lesson, results, ctx, this.source, outcome);
    return {
      seed: this.seed,
      kit: this.kit.id,
      world: this.worldIndex,
      ...summarize(checks),
      checks,
      outcome,
      simTimeMs: session.world.time,
      trace: session.world.trace,
    };
  }

  /** Frees the sandbox. */
  dispose(): void {
    this.session.dispose();
  }

  private context(): CheckContext {
    const { trace } = this.session.world;
    return {
      trace,
      world: this.world,
      kit: this.kit,
      robot: 0,
      timeLimitMs: this.lesson.timeLimitMs,
      end: endOf(trace, 0),
    };
  }
}

/**
 * Runs a student program on a lesson's world in the sandbox and grades the run. The run
 * ends when the program ends, at the time limit, or as soon as every check is settled.
 */
export function runLesson(options: LessonRunOptions): LessonRun {
  const runner = new LessonRunner(options);
  try {
    runner.advance(options.lesson.timeLimitMs);
    return runner.result();
  } finally {
    runner.dispose();
  }
}
