import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Kit } from '../robot/kits/kit-schema.ts';
import type { Realism } from '../simulator/world/realism.ts';
import { type RobotOutcome, SimSession } from '../simulator/world/sim-session.ts';
import type { Trace } from '../simulator/world/trace.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';
import { type CheckContext, type CheckResult, endOf } from './checks/check-context.ts';
import {
  allSettled,
  canSettleEarly,
  evaluateCheck,
  evaluateChecks,
  summarize,
} from './checks/evaluate.ts';
import type { Lesson } from './lesson-files.ts';

/** How often (simulated ms) a run asks whether the mission is complete or settled. */
const ASK_EVERY_MS = 250;

export interface LessonRunOptions {
  lesson: Lesson;
  kit: Kit;
  source: string;
  language: 'ts' | 'js';
  /** Shown in the program's errors, e.g. "anh.ts". */
  fileName: string;
  /** Seed of the classroom realism; also picks the world (see worldForSeed). */
  seed: number;
  realism: Realism;
  quickjs: QuickJSWASMModule;
  /** Wall clock for the sandbox's runaway-loop budget only. */
  now: () => number;
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

/** Seeds 1, 2, 3, ... take turns with the lesson's worlds. */
export function worldForSeed(lesson: Lesson, seed: number): { index: number; world: WorldSpec } {
  const n = lesson.worlds.length;
  const index = (((seed - 1) % n) + n) % n;
  return { index, world: lesson.worlds[index] as WorldSpec };
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
 * Runs a student program on a lesson's world in the sandbox and grades the run. The run
 * ends when the program ends, at the time limit, or as soon as every check is settled.
 */
export function runLesson(options: LessonRunOptions): LessonRun {
  const { lesson, kit, seed } = options;
  const { index, world } = worldForSeed(lesson, seed);
  const session = new SimSession({
    world,
    entries: [
      { kit, source: options.source, language: options.language, fileName: options.fileName },
    ],
    seed,
    realism: options.realism,
    maxTimeMs: lesson.timeLimitMs,
    quickjs: options.quickjs,
    now: options.now,
  });
  try {
    const trace = session.world.trace;
    const context = (): CheckContext => ({
      trace,
      world,
      kit,
      robot: 0,
      timeLimitMs: lesson.timeLimitMs,
      end: endOf(trace, 0),
    });
    const endCheck = lesson.checks.find((c) => c.id === lesson.endWhen);
    const settles = canSettleEarly(lesson.checks);
    if (endCheck || settles) {
      for (let t = ASK_EVERY_MS; ; t += ASK_EVERY_MS) {
        session.advance(Math.min(t, lesson.timeLimitMs));
        if (session.finished || t >= lesson.timeLimitMs) break;
        const ctx = context();
        if (endCheck && evaluateCheck(endCheck, ctx).passed) break;
        if (settles && allSettled(lesson.checks, ctx)) break;
      }
    } else session.advance(lesson.timeLimitMs);
    session.world.finish();
    const outcome = session.outcomes[0] as RobotOutcome;
    const results = evaluateChecks(lesson.checks, context());
    const failure = programFailure(outcome);
    const checks = failure ? [failure, ...results] : results;
    return {
      seed,
      kit: kit.id,
      world: index,
      ...summarize(checks),
      checks,
      outcome,
      simTimeMs: session.world.time,
      trace,
    };
  } finally {
    session.dispose();
  }
}
