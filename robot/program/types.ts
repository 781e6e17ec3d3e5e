import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { MekongError } from '../errors.ts';
import type { AsyncMethod, SyncMethod } from '../robot.ts';

/** The outcome of one robot call, handed back to the program with `resume()`. */
export type CallResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: MekongError;
      /**
       * The call was refused before it reached the robot (a bad argument, a missing part, a
       * robot that is not connected): no robot time passed, so the program has not waited.
       * Its slice goes on, and the time the refusal took counts against the budget: a loop
       * that catches the failure of the same call again and again is stopped (NEVER_WAITS).
       */
      refused?: boolean;
    };

/** Where the program stands after `start()` or `resume()`. */
export type ProgramStep =
  /** The program now waits for this robot call (FIFO: calls come one at a time, in call order). */
  | {
      kind: 'call';
      method: AsyncMethod;
      /** Plain values: primitives as given, strings cut to 1000 chars, anything else described. */
      args: unknown[];
      /** 1-based line of the call in the student's program (only with `trackLines`). */
      line?: number;
      /** 1-based column of the call (start of `robot.method`), only with `trackLines`. */
      column?: number;
    }
  /** The program finished normally. */
  | { kind: 'done' }
  /**
   * Syntax/runtime error, budget, memory, ...; `error.line`/`column` are set when known.
   * `quickjsDamaged` is true when the failure overflowed the host's native stack inside
   * WebAssembly: the runtime was abandoned (not freed), so the caller should load a fresh
   * QuickJS module soon.
   */
  | { kind: 'failed'; error: MekongError; quickjsDamaged?: boolean };

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface ProgramHost {
  /**
   * Executes a sync robot call (drive, stop, led, time) at once; may throw a MekongError
   * (the program sees it as an exception with `.code`), or a StopProgram to end the program.
   */
  callSync(method: SyncMethod, args: unknown[]): unknown;
  /** One console line, formatted like a browser console (strings bare, objects compact). */
  log(level: LogLevel, text: string): void;
}

/*
 * Every time budget of a program run, in one place (wall time, host clock, unless said):
 * - A slice (from start or a resumed call to the program's next robot call): `sliceMs`,
 *   500 ms. The runner stops it at an interrupt poll: NEVER_WAITS, at the loop's line.
 * - The same slice, from outside: at `sliceMs + graceMs` (1.5 s) the host, looking every
 *   `pollMs` (100 ms), ends the program's thread: SLOW_OPERATION or WOULD_NOT_STOP.
 * - The whole run: its own time limit (`mekong run --max-time`, s, default 60; a lesson's
 *   `timeLimitMs`) is robot time: the simulator ends the run there ("time-limit"), a
 *   hardware run stops the program at its next robot call. The same limit as wall time,
 *   from the first slice, plus `graceMs`, is a hard bound for `mekong run` (--sim,
 *   --lesson, --port, --emulate): the host ends the thread, RUN_TOO_LONG. `mekong grade`
 *   and the web app bound slices only.
 */

export interface RunnerLimits {
  /**
   * Memory the program may use, bytes. Default 64 MiB. QuickJS enforces it for single
   * allocations; growth through many small ones is caught by watching the module's
   * WebAssembly memory at every interrupt poll and yield (see memory-watch.ts). For a
   * hard bound, load QuickJS with a capped memory (load-quickjs.ts does, 256 MiB).
   */
  memoryBytes: number;
  /**
   * QuickJS stack limit, bytes. Default 128 KiB (about 740 nested plain calls).
   * QuickJS measures WebAssembly's shadow stack, but the host's native stack (V8: 984 KB)
   * overflows first: measured here, 512 KiB let plain recursion crash the host, 288 KiB
   * some toString/iterator recursions. 128 KiB keeps a margin for ordinary recursion.
   */
  stackBytes: number;
  /**
   * Longest wall time the program may run between two yields (robot calls), ms. Default
   * 500. Measured on every lesson's solution (seed 1, classroom) on 2 cores at load
   * average 18: the longest slice of each was 7-242 ms, most well under 1 ms (the long
   * ones are the thread waiting for a core or a GC pause, not the program). The runner
   * checks it between bytecode instructions; one long native operation (indexOf on a huge
   * string, a regular expression that backtracks) is only stopped by the hard stop below.
   */
  sliceMs: number;
  /**
   * Console lines passed to the host, at most. Default 10 000: a program that prints more is
   * stopped (TOO_MUCH_OUTPUT). Every lesson's solution prints fewer than 50; a line every
   * 20 ms for a 90 s lesson is 4500.
   */
  outputLines: number;
  /**
   * Characters of console output passed to the host, all lines together, at most. Default
   * 1 000 000 (about 2 MB as the host keeps them); a line is cut at MAX_LINE_CHARS (2000).
   */
  outputChars: number;
}

/**
 * What the host keeps for one program, besides its console output (RunnerLimits), is
 * bounded too: its robot's recorded changes (the simulator's trace) and the robot errors
 * the runner keeps to name a rethrown one. Measured on every lesson's solution and
 * starter (seeds 1-3, classroom): at most 863 changes in a run (a line follower's starter,
 * 60 s). A program that changes the LED or the wheel powers 20 000 times between two robot
 * calls made the host grow by gigabytes before these limits.
 */
export const RECORD_LIMITS = Object.freeze({
  /**
   * Changes of the robot's outputs (wheel powers, LED, buzzer, servo) one program may make
   * in a run: more stops it with TOO_MANY_CHANGES. 200 000 events keep about 15 MB; a fair
   * program changing its wheels at every 1 ms wait for the longest lesson (90 s) makes 90 000.
   */
  changes: 200_000,
  /**
   * Robot errors the runner keeps to tell which one a program rethrows (the latest ones;
   * an older one rethrown reads as a runtime error with the same message).
   */
  robotErrors: 1000,
});

/**
 * Thrown by a host callback (ProgramHost.callSync) to end the program at once with
 * `error`, which the program cannot catch: a budget of the host ran out (RECORD_LIMITS).
 */
export class StopProgram extends Error {
  readonly error: MekongError;
  constructor(error: MekongError) {
    super(error.message);
    this.name = 'StopProgram';
    this.error = error;
  }
}

/**
 * The hard stop: a guarantee outside the VM, for what the runner's own checks cannot
 * interrupt. The VM runs where its host can kill it (a worker thread in Node, the Web
 * Worker in the page); the host measures each slice with its own clock and ends the
 * thread once a slice has run `sliceMs + graceMs`. See hard-stop.ts.
 */
export interface HardStopLimits {
  /**
   * Time a slice may run past `sliceMs` before the host kills its thread, ms. Default
   * 1000: the runner's own stop lands at its next interrupt poll or the one after when it
   * can, and a busy 2-core machine delays a thread by a few hundred ms (242 ms measured,
   * see sliceMs). The hard stop then lands 1.0-1.1 s after the budget (npm run bench).
   */
  graceMs: number;
  /** How often the host looks at a running slice, ms. Default 100 (a stop lands this late at most). */
  pollMs: number;
}

export const DEFAULT_HARD_STOP: Readonly<HardStopLimits> = Object.freeze({
  graceMs: 1000,
  pollMs: 100,
});

export interface ProgramOptions {
  /** A QuickJS module from `quickjs-emscripten-core` (see `load-quickjs.ts`); shared between programs. */
  quickjs: QuickJSWASMModule;
  /** The student's program. */
  source: string;
  language: 'ts' | 'js';
  /** Name used in stack traces; default `program.ts` / `program.js`. */
  fileName?: string;
  host: ProgramHost;
  /** Wall clock in ms (e.g. `performance.now`); only differences are used. */
  now: () => number;
  /**
   * Called as the student's code starts to spend a slice's budget: when a `resume()`
   * begins, and in `start()` once the program is compiled and its VM built (which may take
   * a while on a cold start). A host that times slices from outside (hard-stop.ts) starts here.
   */
  onSliceStart?: () => void;
  limits?: Partial<RunnerLimits>;
  /** Give every `call` step the line/column of its call site (costs a stack capture per call). */
  trackLines?: boolean;
  /** When set, `Math.random()` in the program is a deterministic generator seeded with this. */
  randomSeed?: number;
  /**
   * Robot time stands still while the program runs (a simulator). The runner may then
   * defer sync calls (`drive`, `stop`) the host already accepted with the same arguments,
   * and hand them to `host.callSync` in call order before its next host call and when the
   * program yields; `time()` is asked once per slice; a `drive`/`stop` that repeats the
   * powers the host last accepted (with no timed move since) is not passed on at all.
   * Requires a host whose `drive`/`stop` act on their first two / no arguments only, whose
   * checks depend only on those, and for which repeating the current powers does nothing.
   */
  simulatedTime?: boolean;
}

export interface ProgramRun {
  /** Runs until the program waits for its first async robot call, ends or fails. */
  start(): ProgramStep;
  /** Delivers the result of the call returned by the last step; runs on until the next one. */
  resume(result: CallResult): ProgramStep;
  /** Stops the program (if running) and frees everything; safe to call twice. */
  dispose(): void;
}

export const DEFAULT_LIMITS: Readonly<RunnerLimits> = Object.freeze({
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 128 * 1024,
  sliceMs: 500,
  outputLines: 10_000,
  outputChars: 1_000_000,
});
