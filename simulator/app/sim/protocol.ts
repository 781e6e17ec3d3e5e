import type { ProgramGrade } from '../../../lessons/grade.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { ErrorData } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { WorldSnapshot } from '../../render/snapshot.ts';
import type { Realism } from '../../world/realism.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';
import type { WorldText } from '../../world/world-text.ts';
import type { RobotFromWorker, RobotToWorker } from '../robot-link/robot-protocol.ts';

/**
 * Messages between the page and the simulation worker. The worker owns the world and the
 * student's program (the same SimSession as Node's `mekong run --sim`); the page draws
 * what the worker sends and never steps the world.
 */

/** Simulated ms per wall ms, or 'max': as fast as the computer can. */
export type Speed = 1 | 2 | 4 | 'max';
export const SPEEDS: readonly Speed[] = [1, 2, 4, 'max'];

/**
 * The Output panel keeps the last this many console lines, and a frame carries no more. The
 * sandbox passes up to 10 000 lines per run (RunnerLimits.outputLines), all of them possibly
 * in one frame: drawing each
 * one and scrolling to it froze the page for 4.7 s here (9.2 s in issue 12).
 */
export const MAX_OUTPUT_LINES = 100;

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
export type ErrorInfo = ErrorData;

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
 * The result of "Check my mission", as `mekong grade` finds it: the run the student watched
 * (the first grading seed, LESSON_RUN_SEED), then the grader's other seeds made headless,
 * classroom realism, stopping at the first failing run. Reasons are data, put into words by
 * the page in the chosen language.
 */
export interface CheckReport {
  /** Lesson id. */
  lesson: string;
  kit: string;
  /** The grading seeds, in order (gradingSeeds()); run n is on seeds[n - 1]. */
  seeds: number[];
  /** What `mekong grade` gives the program: passed only when it passed on every seed. */
  grade: ProgramGrade;
}

/** Progress of the runs a check makes after the one the student watched. */
export interface Tries {
  /** Runs made so far. */
  done: number;
  /** Runs to make at most (grading gives up at the first failing one). */
  total: number;
}

export interface KitInfo {
  id: string;
  name: Record<Lang, string>;
}

/** A builtin world for the picker: its id and its name (shown in the page's language). */
export interface WorldInfo {
  id: string;
  name: WorldText;
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
  | RobotToWorker
  | { type: 'load'; setup: Setup }
  /**
   * Start loading the sandbox (QuickJS and the TypeScript compiler) now: the page sends it
   * once its first frame is drawn. A run, check or headless run loads it too.
   */
  | { type: 'prepare' }
  /** `runId` comes back in every frame of this run (see the frame's `runId`). */
  | { type: 'run'; program: Program; stepping: boolean; runId: number }
  /**
   * Runs `program` on the lesson's world and checks the mission, paced like a run, then on
   * the grader's other seeds, headless.
   */
  | { type: 'check'; lesson: Lesson; kit: string; program: Program; runId: number }
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

/** What one frame of the live run reports to the page. */
export interface LiveFrame {
  /**
   * The `runId` of the run or check this frame reports on; 0 before the first since the
   * world was loaded. A frame already on its way when the page started another run is
   * older news: two runs that fail alike must still each show their error.
   */
  runId: number;
  snapshot: WorldSnapshot;
  status: RunStatus;
  /** Line of the robot call now running (robot 0), when known. */
  line: number | undefined;
  /** console.log lines since the last frame (robot 0), the last MAX_OUTPUT_LINES of them. */
  output: string[];
  /** Lines since the last frame left out of `output`. */
  outputDropped: number;
  /**
   * Beeps that started since the last frame, any robot, in order: pitch in Hz, length in
   * simulated ms. Only the run on screen beeps: a check's headless runs never do.
   */
  beeps: { hz: number; ms: number }[];
  error: ErrorInfo | null;
  /** A check is under way: its watched run, or the runs after it (the page shows progress). */
  checking: boolean;
  /** While a check makes its headless runs after the watched one: how far it is. */
  tries: Tries | null;
  /** The result of a check that ended since the last frame. */
  check: CheckReport | null;
}

export type FromWorker =
  | RobotFromWorker
  | { type: 'catalog'; worlds: WorldInfo[]; kits: KitInfo[] }
  /** A new world is loaded: what the renderer needs to build it. */
  | { type: 'world'; spec: WorldSpec; kits: Kit[] }
  | ({
      type: 'frame';
      /** Wall ms the worker spent stepping the world and the program for this frame. */
      stepMs: number;
    } & LiveFrame)
  /** The sandbox has loaded (QuickJS too): a run starts at once. */
  | { type: 'sandbox-ready' }
  | { type: 'headless-result'; id: number; result: HeadlessResult }
  | { type: 'headless-error'; id: number; error: ErrorInfo | { message: string } }
  | { type: 'fatal'; message: string }
  /**
   * Not from the worker: the page's SimClient ended it because a frame was too late (the
   * hard stop), and started a fresh one with the same world.
   */
  | { type: 'hard-stop'; error: ErrorInfo };
