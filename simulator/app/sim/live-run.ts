import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { LessonRunner } from '../../../lessons/run-lesson.ts';
import { errorData } from '../../../robot/errors.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { snapshotWorld, type WorldSnapshot } from '../../render/snapshot.ts';
import { type SimEntry, SimSession } from '../../world/sim-session.ts';
import type { World } from '../../world/world.ts';
import type { Pose, WorldSpec } from '../../world/world-schema.ts';
import type { GradingRuns } from './grading-runs.ts';
import {
  type CheckReport,
  type HeadlessResult,
  type LiveFrame,
  MAX_OUTPUT_LINES,
  type Program,
  type RunStatus,
  type Setup,
  type Speed,
} from './protocol.ts';
import { type Builtins, posesFor, resolveWorld, WorldSetup } from './world-setup.ts';

export { gridPoses } from './world-setup.ts';

/** The lesson runner and the grader of a mission check: a chunk of its own (checking.ts). */
export type Checking = typeof import('./checking.ts');

/**
 * Longest wall time one frame may spend simulating, ms: the page must stay at 60 fps. (One
 * slice of the program may still run up to the runner's budget.)
 */
const FRAME_BUDGET_MS = 12;
/** A frame that came late (tab hidden, slow machine) never catches up more than this, ms. */
const MAX_FRAME_GAP_MS = 100;
/** At 'max' speed the world runs in slices of this many simulated ms between clock checks. */
const MAX_SPEED_SLICE_MS = 25;

/** The same entries `mekong run --sim` builds: one program per robot. */
export function entriesFor(kits: Kit[], program: Program, poses?: Pose[]): SimEntry[] {
  return kits.map((kit, i) => {
    const pose = poses?.[i];
    return { kit, ...program, ...(pose ? { pose } : {}) };
  });
}

/** A MekongError as the page's ErrorInfo (robot-link's name for errorData). */
export { errorData as errorInfo };

/**
 * The world on screen and the program driving it, paced by the page's frames: each tick
 * advances simulated time by the wall time since the last tick times the speed. In step
 * mode it pauses whenever the program reaches a new line. Simulated results do not depend
 * on the pacing: the world only ever moves in whole fixed steps. A check run is paced the
 * same way, through the lesson runner, so the student sees the first run that is graded;
 * the grader's other runs follow headless, within each frame's time budget.
 */
export class LiveRun {
  readonly setup: Setup;
  readonly spec: WorldSpec;
  readonly kits: Kit[];
  readonly poses: Pose[] | undefined;
  speed: Speed = 1;
  /** The page's id of the run or check now shown (0: none since the world was built). */
  runId = 0;
  private world: World;
  private session: SimSession | undefined;
  /** The lesson runner of a check run, until the watched run is over. */
  private checker: LessonRunner | undefined;
  /** The program and kit of the check, for the runs after the watched one. */
  private checked:
    | { program: Program; kit: Kit; quickjs: QuickJSWASMModule; checking: Checking }
    | undefined;
  /** The check's headless runs after the watched one, until the check is over. */
  private grading: GradingRuns | undefined;
  /** The result of the check run that ended, until a frame has carried it. */
  private report: CheckReport | null = null;
  private status: RunStatus = 'idle';
  private stepping = false;
  private stepFromLine: number | undefined;
  private lastTickAt: number | undefined;
  private debt = 0;
  private sentOutput = 0;
  /** Trace events of the world on screen already looked at for beeps. */
  private sentEvents = 0;
  /** Trace samples whose pen trail frames have carried (worlds with a pen). */
  private sentSamples = 0;

  private readonly start: WorldSetup;

  constructor(
    setup: Setup | WorldSetup,
    private readonly now: () => number,
    /** Where the worlds and kits named by id come from (sim-worker.ts: as the build checked them). */
    private readonly builtins: Builtins,
  ) {
    this.start = setup instanceof WorldSetup ? setup : new WorldSetup(setup, builtins);
    ({ setup: this.setup, spec: this.spec, kits: this.kits, poses: this.poses } = this.start);
    this.world = this.start.freshWorld();
  }

  /** Starts `program` on every robot from the start poses; `stepping` pauses at its first line. */
  run(program: Program, stepping: boolean, quickjs: QuickJSWASMModule, runId = 0): void {
    this.dispose();
    this.runId = runId;
    const session = new SimSession({
      world: this.spec,
      entries: entriesFor(this.kits, program, this.poses),
      seed: this.setup.seed,
      realism: this.setup.realism,
      maxTimeMs: this.setup.maxTimeMs,
      quickjs,
      now: this.now,
      trackLines: true,
    });
    this.begin(session, stepping);
  }

  /**
   * Checks the mission: runs `program` on `lesson` as `mekong run --lesson` does (its world
   * for LESSON_RUN_SEED, which the page shows; kit `kitId`; classroom realism; the lesson's
   * time limit and checks), at the chosen speed. When it passes, the grader's other seeds
   * follow headless (see GradingRuns); the frame after the check ends carries the report.
   * `checking` is the chunk with the lesson runner and the grader (checking.ts).
   */
  check(
    lesson: Lesson,
    kitId: string,
    program: Program,
    quickjs: QuickJSWASMModule,
    checking: Checking,
    runId = 0,
  ): void {
    this.dispose();
    this.runId = runId;
    const kit = this.builtins.kit(kitId);
    this.checked = { program, kit, quickjs, checking };
    const checker = new checking.LessonRunner({
      lesson,
      kit,
      ...program,
      seed: checking.LESSON_RUN_SEED,
      quickjs,
      now: this.now,
    });
    this.checker = checker;
    this.begin(checker.session, false);
  }

  private begin(session: SimSession, stepping: boolean): void {
    this.session = session;
    this.world = session.world;
    this.sentOutput = 0;
    this.sentEvents = 0;
    this.sentSamples = 0;
    this.debt = 0;
    this.lastTickAt = undefined;
    this.status = 'running';
    this.stepping = stepping;
    this.stepFromLine = undefined;
    // Start the programs now, so a syntax error shows at once and step mode has a line.
    this.advanceTo(this.world.time);
  }

  /** Step mode: run to the next line (a running program pauses there). */
  step(): void {
    // A check runs as graded: it never pauses.
    if (this.checker || this.grading || (this.status !== 'paused' && this.status !== 'running'))
      return;
    this.stepping = true;
    this.stepFromLine = this.session?.outcomes[0]?.line;
    this.status = 'running';
  }

  /** Leave step mode and run on at the chosen speed. */
  continue(): void {
    if (this.grading || (this.status !== 'paused' && this.status !== 'running')) return;
    this.stepping = false;
    this.status = 'running';
  }

  stop(): void {
    if (this.grading) {
      // Stopped in the runs after the watched one: no result either.
      this.grading.dispose();
      this.grading = undefined;
      this.status = 'stopped';
      return;
    }
    if (!this.session || this.session.finished) return;
    // A stopped check has no result: the mission was not run to its end.
    this.checker = undefined;
    this.session.stop();
    this.updateStatus();
  }

  /** Puts the robots back at the start, without a program. */
  reset(): void {
    this.dispose();
    this.world = this.start.freshWorld();
    this.status = 'idle';
    this.sentOutput = 0;
    this.sentEvents = 0;
    this.sentSamples = 0;
  }

  /** The page drew a frame at wall time `now` (ms): simulate up to it and report. */
  tick(now: number): LiveFrame {
    const gap =
      this.lastTickAt === undefined
        ? 0
        : Math.min(MAX_FRAME_GAP_MS, Math.max(0, now - this.lastTickAt));
    this.lastTickAt = now;
    if (this.grading) {
      this.grading.work(this.now() + FRAME_BUDGET_MS);
      if (this.grading.over) this.finishGrading(this.grading);
    } else if (this.session && this.status === 'running') {
      if (this.speed === 'max') {
        const deadline = this.now() + FRAME_BUDGET_MS;
        do this.advanceTo(this.world.time + MAX_SPEED_SLICE_MS);
        while (this.status === 'running' && !this.grading && this.now() < deadline);
      } else {
        this.debt += gap * this.speed;
        const whole = Math.floor(this.debt);
        this.debt -= whole;
        // A ms at a time while the frame's budget lasts: a program whose every slice is
        // slow (20 000 LED changes between waits) slows the world down, not the frame
        // (a late frame is taken for one endless operation: the page's hard stop).
        const target = this.world.time + whole;
        const deadline = this.now() + FRAME_BUDGET_MS;
        while (this.status === 'running' && !this.grading && this.world.time < target) {
          this.advanceTo(this.world.time + 1);
          if (this.now() >= deadline) break;
        }
      }
    }
    return this.frame();
  }

  private advanceTo(target: number): void {
    const session = this.session;
    // Once the watched run of a check is over, the world on screen rests.
    if (!session || this.grading) return;
    if (this.checker) {
      this.checker.advance(target);
      this.updateStatus();
      return;
    }
    if (!this.stepping) {
      session.advance(target);
      this.updateStatus();
      return;
    }
    // Step mode goes 1 ms at a time so it can halt exactly where a new line begins.
    let t = this.world.time;
    do {
      session.advance(t);
      this.updateStatus();
      const line = session.outcomes[0]?.line;
      if (this.status === 'running' && line !== undefined && line !== this.stepFromLine) {
        this.status = 'paused';
        this.stepFromLine = line;
      }
      t++;
    } while (this.status === 'running' && t <= target);
  }

  private updateStatus(): void {
    const session = this.session;
    if (!session) return;
    if (this.checker) {
      if (this.checker.over) this.finishCheck(this.checker);
      return;
    }
    const outcome = session.outcomes[0];
    if (!session.finished || !outcome) return;
    if (outcome.stoppedBy === 'done') this.status = 'done';
    else if (outcome.stoppedBy === 'time-limit') this.status = 'time-limit';
    else this.status = outcome.error?.code === 'STOPPED' ? 'stopped' : 'failed';
  }

  private finishCheck(checker: LessonRunner): void {
    const result = checker.result();
    // The outcome is the session's own, which stopping changes: keep it as it was.
    const run = { ...result, outcome: { ...result.outcome } };
    this.checker = undefined;
    // A mission complete before the program ends leaves it running: the robot stops now,
    // after the result is taken (stopping adds an event to the trace).
    checker.session.stop();
    const { program, kit, quickjs, checking } = this.checked as NonNullable<typeof this.checked>;
    const grading = new checking.GradingRuns({
      lesson: checker.lesson,
      kit,
      program,
      first: run,
      quickjs,
      now: this.now,
    });
    if (run.outcome.stoppedBy === 'failed') this.status = 'failed';
    if (grading.over) this.finishGrading(grading);
    else this.grading = grading;
  }

  /** The check is over: every grading run passed, or one failed. */
  private finishGrading(grading: GradingRuns): void {
    this.report = grading.report();
    this.grading = undefined;
    if (this.status !== 'failed') this.status = 'checked';
  }

  private frame(): LiveFrame {
    const outcome = this.session?.outcomes[0];
    const all = outcome?.output ?? [];
    // The page shows only the last lines: the others need not be copied to it.
    const from = Math.max(this.sentOutput, all.length - MAX_OUTPUT_LINES);
    const output = all.slice(from);
    const outputDropped = from - this.sentOutput;
    this.sentOutput = all.length;
    const error =
      outcome?.error && outcome.error.code !== 'STOPPED' ? errorData(outcome.error) : null;
    return {
      runId: this.runId,
      snapshot: this.snapshot(),
      status: this.status,
      line: outcome?.line,
      output,
      outputDropped,
      beeps: this.takeBeeps(),
      error,
      checking: this.checker !== undefined || this.grading !== undefined,
      tries: this.grading?.tries ?? null,
      check: this.takeReport(),
    };
  }

  /** The world now, with the pen trail's new samples only. */
  private snapshot(): WorldSnapshot {
    const snapshot = snapshotWorld(this.world, this.sentSamples);
    this.sentSamples = this.world.trace.samples.length;
    return snapshot;
  }

  private takeBeeps(): { hz: number; ms: number }[] {
    const events = this.world.trace.events;
    const beeps: { hz: number; ms: number }[] = [];
    for (let i = this.sentEvents; i < events.length; i++) {
      const event = events[i];
      if (event?.type === 'beep') beeps.push({ hz: event.hz, ms: event.ms });
    }
    this.sentEvents = events.length;
    return beeps;
  }

  private takeReport(): CheckReport | null {
    const report = this.report;
    this.report = null;
    return report;
  }

  dispose(): void {
    this.session?.dispose();
    this.session = undefined;
    this.checker = undefined;
    this.grading?.dispose();
    this.grading = undefined;
    this.checked = undefined;
    this.report = null;
  }
}

/** Runs `program` to its end with no pacing, as the headless grader does; returns its traceHash. */
export function runHeadless(
  setup: Setup,
  program: Program,
  trackLines: boolean,
  quickjs: QuickJSWASMModule,
  now: () => number,
  builtins: Builtins,
): HeadlessResult {
  const spec = resolveWorld(setup.world, builtins);
  const kits = setup.kits.map((id) => builtins.kit(id));
  const started = now();
  const session = new SimSession({
    world: spec,
    entries: entriesFor(kits, program, posesFor(setup, spec)),
    seed: setup.seed,
    realism: setup.realism,
    maxTimeMs: setup.maxTimeMs,
    quickjs,
    now,
    trackLines,
  });
  try {
    session.runToEnd();
    const wallMs = now() - started;
    const outcome = session.outcomes[0];
    const body = session.bodies[0];
    return {
      ok: outcome?.ok ?? false,
      traceHash: session.traceHash(),
      simTimeMs: session.world.time,
      pose: body
        ? { x: body.x, y: body.y, headingDeg: body.headingDeg }
        : { x: 0, y: 0, headingDeg: 0 },
      output: outcome?.output ?? [],
      error: outcome?.error ? errorData(outcome.error) : null,
      stoppedBy: outcome?.stoppedBy ?? null,
      wallMs,
    };
  } finally {
    session.dispose();
  }
}
