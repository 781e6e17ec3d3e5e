import type { CheckResult } from '../../../lessons/checks/check-context.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { LessonRun } from '../../../lessons/run-lesson.ts';
import type { ErrorCode, ErrorParams } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { Realism } from '../../world/realism.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';

/**
 * Messages between the page and the simulation worker. The worker owns the world and the
 * student's program (the same SimSession as Node's `mekong run --sim`); the page draws
 * what the worker sends and never steps the world.
 */

/** Simulated ms per wall ms, or 'max': as fast as the computer can. */
export type Speed = 1 | 2 | 4 | 'max';
export const SPEEDS: readonly Speed[] = [1, 2, 4, 'max'];

/** Which world, robots and realism to simulate. */
export interface Setup {
  /** A builtin world id, or a whole world (a lesson's). */
  world: string | WorldSpec;
  /** Kit id of each robot; robot i starts at the world's start pose i unless `poses` says. */
  kits: string[];
  poses?: Pose[];
  /** Without `poses`: spread the robots on a grid across the arena (benchmarks, races). */
  spread?: boolean;
  seed: number;
  realism: Realism;
  /** Programs still running at this simulated time are stopped, ms. */
  maxTimeMs: number;
}

export interface Program {
  source: string;
  language: 'ts' | 'js';
  fileName: string;
}

/** A MekongError as data, so the page can show it in whichever language is chosen. */
export interface ErrorInfo {
  code: ErrorCode;
  params: ErrorParams;
  line?: number;
  column?: number;
}

export type RunStatus =
  | 'idle'
  | 'running'
  | 'paused'
  | 'done'
  | 'failed'
  | 'stopped'
  | 'time-limit'
  /** A check run ended (mission complete or settled, program ended, or time up). */
  | 'checked';

/**
 * The result of a "Check my mission" run, as `mekong run --lesson` finds it: the lesson's
 * checks on one run (seed LESSON_RUN_SEED, classroom realism), "program" first when the
 * program failed. Reasons are data, put into words by the page in the chosen language.
 */
export interface CheckReport {
  /** Lesson id. */
  lesson: string;
  kit: string;
  seed: number;
  passed: boolean;
  /** 0..100. */
  score: number;
  checks: CheckResult[];
  /** Simulated ms the run lasted. */
  simTimeMs: number;
}

/** The report of a finished lesson run. */
export function checkReportOf(lessonId: string, run: LessonRun): CheckReport {
  const { kit, seed, passed, score, checks, simTimeMs } = run;
  return { lesson: lessonId, kit, seed, passed, score, checks, simTimeMs };
}

export interface KitInfo {
  id: string;
  name: Record<Lang, string>;
}

export interface HeadlessResult {
  ok: boolean;
  traceHash: string;
  simTimeMs: number;
  pose: { x: number; y: number; headingDeg: number };
  output: string[];
  error: ErrorInfo | null;
  stoppedBy: string | null;
  /** Wall time of the run (world and program), ms. */
  wallMs: number;
}

export type ToWorker =
  | { type: 'load'; setup: Setup }
  | { type: 'run'; program: Program; stepping: boolean }
  /** Runs `program` on the lesson's world and checks the mission, paced like a run. */
  | { type: 'check'; lesson: Lesson; kit: string; program: Program }
  | { type: 'step' }
  | { type: 'continue' }
  | { type: 'stop' }
  | { type: 'speed'; speed: Speed }
  /** The page drew a frame: advance the world to now and reply with a 'frame'. */
  | { type: 'tick'; now: number }
  | {
      type: 'headless';
      id: number;
      setup: Setup;
      program: Program;
      trackLines: boolean;
    };

export type FromWorker =
  | { type: 'catalog'; worlds: { id: string; name: string }[]; kits: KitInfo[] }
  /** A new world is loaded: what the renderer needs to build it. */
  | { type: 'world'; spec: WorldSpec; kits: Kit[] }
  | {
      type: 'frame';
      snapshot: WorldSnapshot;
      /** Wall ms the worker spent stepping the world and the program for this frame. */
      stepMs: number;
      status: RunStatus;
      /** Line of the robot call now running (robot 0), when known. */
      line: number | undefined;
      /** console.log lines since the last frame (robot 0). */
      output: string[];
      error: ErrorInfo | null;
      /** A check run is being driven (the page shows its progress). */
      checking: boolean;
      /** The result of a check run that ended since the last frame. */
      check: CheckReport | null;
    }
  | { type: 'headless-result'; id: number; result: HeadlessResult }
  | { type: 'headless-error'; id: number; error: ErrorInfo | { message: string } }
  | { type: 'fatal'; message: string };
