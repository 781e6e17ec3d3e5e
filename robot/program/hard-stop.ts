import { MekongError } from '../errors.ts';
import type { CallResult, ProgramRun, ProgramStep } from './types.ts';

/*
 * The hard stop, in two halves that share one small buffer (a SharedArrayBuffer between
 * a worker thread and its host). The VM's side marks each slice (start/resume) as it
 * begins and ends, and counts the runner's interrupt polls; the host's side looks at the
 * marks with its own clock and says when a slice has run too long. QuickJS checks its
 * budget only between bytecode instructions, so one native operation (indexOf over 30 M
 * characters: minutes) outruns it; only the host, which can end the thread, can stop that.
 */

/** Int32 slots of the beacon. */
const SEQ = 0; // slices begun + slices ended: odd while a slice runs
const POLLS = 1; // interrupt polls of the runner (its clock reads), wrapping
const TAG = 2; // what the worker is running (e.g. the seed of a grading run)
/** Float64 slots (after the Int32 ones): where the run stood when the slice began. */
const FLOATS_AT = 16;
const PLACE_SLOTS = 4;

/** Bytes of a beacon's buffer. */
export const BEACON_BYTES = FLOATS_AT + PLACE_SLOTS * 8;

/** Where a simulated run stood when its last slice began: sim time (ms) and pose (cm, degrees). */
export interface RunPlace {
  simTimeMs: number;
  x: number;
  y: number;
  headingDeg: number;
}

/** The VM's side: marks slices, counts polls. Cheap: a few atomic stores per slice. */
export class SliceBeacon {
  readonly #ints: Int32Array;
  readonly #floats: Float64Array;

  constructor(buffer: SharedArrayBuffer) {
    this.#ints = new Int32Array(buffer, 0, FLOATS_AT / 4);
    this.#floats = new Float64Array(buffer, FLOATS_AT, PLACE_SLOTS);
  }

  enter(): void {
    Atomics.add(this.#ints, SEQ, 1);
  }

  /** The slice's budget starts (again) now: after setup (ProgramOptions.onSliceStart). */
  restart(): void {
    Atomics.add(this.#ints, SEQ, 2);
  }

  leave(): void {
    Atomics.add(this.#ints, SEQ, 1);
  }

  /** The runner read its clock: it is still polling its budget (bytecode runs). */
  poll(): void {
    Atomics.add(this.#ints, POLLS, 1);
  }

  set tag(value: number) {
    Atomics.store(this.#ints, TAG, value);
  }

  /** Records where the run stands before a slice begins: sim ms, cm, cm, degrees. */
  place(simTimeMs: number, x: number, y: number, headingDeg: number): void {
    const floats = this.#floats;
    floats[0] = simTimeMs;
    floats[1] = x;
    floats[2] = y;
    floats[3] = headingDeg;
  }
}

/**
 * `run` with every slice marked on `beacon` (start and resume each are one slice);
 * `where` places the run on the beacon before each slice begins.
 */
export function watchedRun(
  run: ProgramRun,
  beacon: SliceBeacon,
  where?: (beacon: SliceBeacon) => void,
): ProgramRun {
  return new WatchedRun(run, beacon, where);
}

// A class, not closures: nothing is allocated per slice (a 60 s run has about 3000).
class WatchedRun implements ProgramRun {
  constructor(
    private readonly run: ProgramRun,
    private readonly beacon: SliceBeacon,
    private readonly where: ((beacon: SliceBeacon) => void) | undefined,
  ) {}

  start(): ProgramStep {
    this.where?.(this.beacon);
    this.beacon.enter();
    try {
      return this.run.start();
    } finally {
      this.beacon.leave();
    }
  }

  resume(result: CallResult): ProgramStep {
    this.where?.(this.beacon);
    this.beacon.enter();
    try {
      return this.run.resume(result);
    } finally {
      this.beacon.leave();
    }
  }

  dispose(): void {
    this.run.dispose();
  }
}

/** The runner's clock, counting its reads on `beacon`: the runner reads it at every poll. */
export function watchedClock(now: () => number, beacon: SliceBeacon): () => number {
  return () => {
    beacon.poll();
    return now();
  };
}

/** Why the host ended a thread. */
export interface HardStop {
  /** How long the slice had run when the host stopped it, ms (host clock, at least this long). */
  ranMs: number;
  /**
   * The runner still polled its budget after it was over: bytecode ran on and would not
   * stop (a loop that catches its own stop). Otherwise one native operation held the VM.
   */
  polling: boolean;
  /** The beacon's tag at the time. */
  tag: number;
  place: RunPlace;
  /**
   * Set when the whole run outran its budget (SliceWatchLimits.runMs, ms), not one slice:
   * `ranMs` is then the run's time since its first slice.
   */
  runMs?: number;
}

export interface SliceWatchLimits {
  /** The runner's slice budget, ms (RunnerLimits.sliceMs). */
  sliceMs: number;
  /** Time past it before the thread is ended, ms (HardStopLimits.graceMs). */
  graceMs: number;
  /**
   * Wall time the whole run may take from its first slice, ms; the thread is ended
   * `graceMs` after it, whatever the program is doing (waiting for robot calls included).
   * Default: no bound.
   */
  runMs?: number;
}

/**
 * The host's side: call `check()` every `pollMs`; it returns a HardStop once the slice
 * running now began (as far as the host saw) `sliceMs + graceMs` ago, or the run's first
 * slice `runMs + graceMs` ago (one watch, one run). Times come from the host's own clock,
 * so nothing the VM does can bend them.
 */
export class SliceWatch {
  readonly #ints: Int32Array;
  readonly #floats: Float64Array;
  readonly #limits: SliceWatchLimits;
  readonly #now: () => number;
  #seq = 0;
  #seenAt = 0;
  /** When the run's first slice was seen, ms (host clock). */
  #runSeenAt: number | undefined;
  /** Poll count when the slice was first seen over its budget. */
  #pollsOverBudget: number | undefined;

  constructor(buffer: SharedArrayBuffer, limits: SliceWatchLimits, now: () => number) {
    this.#ints = new Int32Array(buffer, 0, FLOATS_AT / 4);
    this.#floats = new Float64Array(buffer, FLOATS_AT, PLACE_SLOTS);
    this.#limits = limits;
    this.#now = now;
    this.#seenAt = now();
  }

  /** What the run is and where it stood as its last slice began (the beacon's tag and place). */
  last(): Pick<HardStop, 'tag' | 'place'> {
    const [simTimeMs = 0, x = 0, y = 0, headingDeg = 0] = this.#floats;
    return { tag: Atomics.load(this.#ints, TAG), place: { simTimeMs, x, y, headingDeg } };
  }

  check(): HardStop | undefined {
    const now = this.#now();
    const seq = Atomics.load(this.#ints, SEQ);
    if (seq !== 0) this.#runSeenAt ??= now;
    const { runMs, graceMs } = this.#limits;
    const runFor = now - (this.#runSeenAt ?? now);
    if (runMs !== undefined && runFor > runMs + graceMs) {
      return { ...this.#where(runFor, false), runMs };
    }
    if (seq !== this.#seq) {
      this.#seq = seq;
      this.#seenAt = now;
      this.#pollsOverBudget = undefined;
      return undefined;
    }
    if (seq % 2 === 0) return undefined;
    const ranMs = now - this.#seenAt;
    const polls = Atomics.load(this.#ints, POLLS);
    if (ranMs <= this.#limits.sliceMs) return undefined;
    this.#pollsOverBudget ??= polls;
    if (ranMs <= this.#limits.sliceMs + this.#limits.graceMs) return undefined;
    return this.#where(ranMs, polls !== this.#pollsOverBudget);
  }

  #where(ranMs: number, polling: boolean): HardStop {
    return { ranMs, polling, ...this.last() };
  }
}

/** The error a hard-stopped program fails with: which budget, and how long it really ran. */
export function hardStopError(
  stop: Pick<HardStop, 'ranMs' | 'polling' | 'runMs'>,
  sliceMs: number,
): MekongError {
  const seconds = Math.round(stop.ranMs / 100) / 10;
  if (stop.runMs !== undefined) {
    return new MekongError('RUN_TOO_LONG', { seconds, limitS: stop.runMs / 1000 });
  }
  const params = { seconds, limitMs: sliceMs };
  return new MekongError(stop.polling ? 'WOULD_NOT_STOP' : 'SLOW_OPERATION', params);
}
