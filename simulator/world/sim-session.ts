import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type AsyncMethod, isMekongError, type Kit, MekongError } from '../../robot/index.ts';
import { type SliceBeacon, watchedClock, watchedRun } from '../../robot/program/hard-stop.ts';
import {
  createProgram,
  type ProgramRun,
  type ProgramStep,
  RECORD_LIMITS,
  StopProgram,
} from '../../robot/program/index.ts';
import type { Realism } from './realism.ts';
import type { SimBody } from './sim-body.ts';
import { type PendingCall, SimRobot } from './sim-robot.ts';
import { hashTrace } from './trace.ts';
import { World } from './world.ts';
import type { Pose, WorldSpec } from './world-schema.ts';

/** One robot in a session: its kit and the student's program. */
export interface SimEntry {
  kit: Kit;
  source: string;
  language: 'ts' | 'js';
  /** Default: the world's start pose for this robot number. */
  pose?: Pose;
  /** Shown in errors and stack traces, e.g. "square.ts". */
  fileName?: string;
}

export interface SimSessionOptions {
  world: WorldSpec;
  entries: SimEntry[];
  seed: number;
  realism: Realism;
  /** Programs still running at this simulated time are stopped (not a failure). */
  maxTimeMs: number;
  quickjs: QuickJSWASMModule;
  /** Wall clock for the runaway-loop budget only; never affects the simulation. */
  now: () => number;
  /** Step-by-step teaching: calls carry the student's line (slower). */
  trackLines?: boolean;
  /** Marks every slice of every program for a host that may kill this thread (hard-stop.ts). */
  beacon?: SliceBeacon;
  /**
   * With several programs in one thread: the beacon's tag while robot `index`'s program runs
   * a slice, so the host that ends the thread knows whose program would not stop.
   */
  sliceTag?: (index: number) => number;
  /** Every console line as it is printed (robot index, text), e.g. to pass it out of a thread. */
  onLog?: (robot: number, text: string) => void;
}

export type StopReason = 'done' | 'failed' | 'time-limit';

/** The robot calls that read a sensor. */
export const SENSOR_METHODS = ['distance', 'line', 'lineRaw', 'button'] as const;
export type SensorMethod = (typeof SENSOR_METHODS)[number];

function isSensorMethod(method: string): method is SensorMethod {
  return (SENSOR_METHODS as readonly string[]).includes(method);
}

export interface RobotOutcome {
  /** False when the program failed (syntax, runtime error, budget, ...). */
  ok: boolean;
  stoppedBy: StopReason | null;
  error: MekongError | null;
  output: string[];
  /** Line of the robot call now running, with `trackLines`. */
  line?: number;
  /**
   * The sensor reads the program made, by method: how many, and the simulated ms of the
   * last one (lessons diagnose a value read once and never again).
   */
  reads?: Partial<Record<SensorMethod, { count: number; lastMs: number }>>;
  /**
   * The failure overflowed the host's stack inside QuickJS: the module still works, but
   * a long-running caller (the grader) should load a fresh one soon.
   */
  quickjsDamaged?: boolean;
}

interface Active {
  robot: SimRobot;
  program: ProgramRun;
  pending: PendingCall | null;
  outcome: RobotOutcome;
  /** Changes of the robot's outputs the program made (RECORD_LIMITS.changes). */
  changes: { count: number };
}

/** The error of a program that made more changes than RECORD_LIMITS allows. */
function tooManyChanges(): MekongError {
  return new MekongError('TOO_MANY_CHANGES', { limit: RECORD_LIMITS.changes });
}

/**
 * Runs student programs against one world, in simulated time: each awaited robot call
 * moves its robot's program forward once the world reaches the call's end. Deterministic:
 * the wall clock only guards against programs that never yield.
 */
export class SimSession {
  readonly world: World;
  readonly maxTimeMs: number;
  private readonly active: Active[] = [];
  private started = false;

  constructor(options: SimSessionOptions) {
    this.world = new World(options.world, { seed: options.seed, realism: options.realism });
    this.maxTimeMs = options.maxTimeMs;
    for (const entry of options.entries) {
      const body = this.world.addRobot(entry.kit, entry.pose);
      const robot = new SimRobot(this.world, body);
      const outcome: RobotOutcome = {
        ok: true,
        stoppedBy: null,
        error: null,
        output: [],
        reads: {},
      };
      const changes = { count: 0 };
      const { beacon } = options;
      const { events } = this.world.trace;
      const created = createProgram({
        quickjs: options.quickjs,
        source: entry.source,
        language: entry.language,
        fileName: entry.fileName ?? 'program.ts',
        now: beacon ? watchedClock(options.now, beacon) : options.now,
        ...(beacon ? { onSliceStart: () => beacon.restart() } : {}),
        trackLines: options.trackLines ?? false,
        simulatedTime: true,
        // Math.random inside the program is seeded too, so runs stay reproducible.
        randomSeed: (options.seed * 7919 + body.index) >>> 0,
        host: {
          callSync: (method, args) => {
            const before = events.length;
            const value = robot.callSync(method, args);
            changes.count += events.length - before;
            if (changes.count > RECORD_LIMITS.changes) throw new StopProgram(tooManyChanges());
            return value;
          },
          log: (_level, text) => {
            outcome.output.push(text);
            options.onLog?.(body.index, text);
            this.world.record({ t: this.world.time, robot: body.index, type: 'log', text });
          },
        },
      });
      const { sliceTag } = options;
      const tag = sliceTag ? sliceTag(body.index) : undefined;
      const where = (b: SliceBeacon) => {
        if (tag !== undefined) b.tag = tag;
        b.place(this.world.time, body.x, body.y, body.headingDeg);
      };
      const program = beacon ? watchedRun(created, beacon, where) : created;
      this.active.push({ robot, program, pending: null, outcome, changes });
    }
  }

  get bodies(): SimBody[] {
    return this.world.robots;
  }

  get outcomes(): RobotOutcome[] {
    return this.active.map((a) => a.outcome);
  }

  /** True once every program has ended. */
  get finished(): boolean {
    return this.started && this.active.every((a) => a.outcome.stoppedBy !== null);
  }

  /** Runs the programs and the world up to simulated time `untilMs` (capped at maxTimeMs). */
  advance(untilMs: number): void {
    if (!this.started) {
      this.started = true;
      for (const a of this.active) this.handle(a, a.program.start());
    }
    const limit = Math.min(untilMs, this.maxTimeMs);
    for (;;) {
      let next = Number.POSITIVE_INFINITY;
      for (const a of this.active) {
        if (a.pending && a.pending.endsAt < next) next = a.pending.endsAt;
      }
      if (next === Number.POSITIVE_INFINITY) break;
      if (next > limit) {
        this.world.advanceTo(limit);
        break;
      }
      this.world.advanceTo(next);
      for (const a of this.active) {
        if (!a.pending || a.pending.endsAt > this.world.time) continue;
        const call = a.pending;
        a.pending = null;
        let value: unknown;
        const before = this.world.trace.events.length;
        try {
          value = call.finish();
        } catch (error) {
          this.handle(a, a.program.resume({ ok: false, error: asMekongError(error) }));
          continue;
        }
        if (this.overChanges(a, before)) continue;
        this.handle(a, a.program.resume({ ok: true, value }));
      }
    }
    if (this.world.time >= this.maxTimeMs) {
      for (const a of this.active) {
        if (a.outcome.stoppedBy === null) this.end(a, 'time-limit', null);
      }
    }
  }

  /** Runs everything to the end (all programs ended or the time limit). */
  runToEnd(): void {
    this.advance(this.maxTimeMs);
    this.world.finish();
  }

  /** Stops every program now (the Stop button); robots stop. */
  stop(): void {
    for (const a of this.active) {
      if (a.outcome.stoppedBy === null) this.end(a, 'failed', new MekongError('STOPPED'));
    }
  }

  /** Frees the sandboxes. */
  dispose(): void {
    for (const a of this.active) a.program.dispose();
  }

  traceHash(): string {
    return hashTrace(this.world.trace);
  }

  private handle(a: Active, first: ProgramStep): void {
    let step = first;
    for (;;) {
      if (step.kind === 'done') {
        this.end(a, 'done', null);
        return;
      }
      if (step.kind === 'failed') {
        if (step.quickjsDamaged) a.outcome.quickjsDamaged = true;
        this.end(a, 'failed', step.error);
        return;
      }
      if (step.line !== undefined) a.outcome.line = step.line;
      if (isSensorMethod(step.method)) {
        const reads = a.outcome.reads ?? {};
        a.outcome.reads = reads;
        const read = reads[step.method];
        if (read) {
          read.count++;
          read.lastMs = this.world.time;
        } else reads[step.method] = { count: 1, lastMs: this.world.time };
      }
      const before = this.world.trace.events.length;
      try {
        a.pending = a.robot.beginCall(step.method as AsyncMethod, step.args);
        this.overChanges(a, before);
        return;
      } catch (error) {
        // Refused before it began: no robot time passed, the program has not waited.
        step = a.program.resume({ ok: false, error: asMekongError(error), refused: true });
      }
    }
  }

  /**
   * Counts what robot `a` recorded since the trace had `before` events; ends its program
   * (true) once that makes more changes than RECORD_LIMITS allows.
   */
  private overChanges(a: Active, before: number): boolean {
    a.changes.count += this.world.trace.events.length - before;
    if (a.changes.count <= RECORD_LIMITS.changes) return false;
    const line = a.outcome.line;
    const error = tooManyChanges();
    this.end(
      a,
      'failed',
      line === undefined ? error : MekongError.restore(error.code, error.params, { line }),
    );
    return true;
  }

  private end(a: Active, reason: StopReason, error: MekongError | null): void {
    a.pending = null;
    a.outcome.stoppedBy = reason;
    a.outcome.error = error;
    a.outcome.ok = reason !== 'failed';
    a.robot.stop();
    a.program.dispose();
    const { world } = this;
    world.record({
      t: world.time,
      robot: a.robot.body.index,
      type: 'end',
      reason,
      ...(error ? { code: error.code } : {}),
    });
  }
}

function asMekongError(error: unknown): MekongError {
  if (isMekongError(error)) return error;
  throw error;
}
