import type { Lesson } from '../../../lessons/lesson-files.ts';
import { hardStopError } from '../../../robot/program/hard-stop.ts';
import { DEFAULT_HARD_STOP, DEFAULT_LIMITS } from '../../../robot/program/types.ts';
import type {
  ErrorInfo,
  FromWorker,
  HeadlessResult,
  Program,
  Setup,
  Speed,
  ToWorker,
} from './protocol.ts';

type Listener<T extends FromWorker['type']> = (message: Extract<FromWorker, { type: T }>) => void;

/** If the worker has not answered a frame for this long after Stop, it is replaced, ms. */
const STOP_GRACE_MS = 1500;

/**
 * The page's hard stop (robot/program/hard-stop.ts): a frame is one slice of the program
 * at most plus a few ms of world, so a frame this late means one slice outran the
 * runner's budget and its grace; the worker is then ended and replaced, ms. The page has
 * no shared memory with the worker (that needs cross-origin isolation), so it cannot tell
 * one native operation from a loop that ignores its stop: it reports the former, by far
 * the likelier (the runner stops the latter itself).
 */
export const HARD_STOP_AFTER_MS = DEFAULT_LIMITS.sliceMs + DEFAULT_HARD_STOP.graceMs;

/**
 * The page's handle on the simulation worker: sends commands, paces it with one frame
 * request at a time, and routes its answers. If a program ever wedges the worker, Stop
 * replaces the worker and loads the same world again.
 */
export class SimClient {
  private worker: Worker;
  private readonly listeners = new Map<string, Set<(message: FromWorker) => void>>();
  private tickSentAt: number | undefined;
  private setup: Setup | undefined;
  private speed: Speed = 1;
  private nextId = 1;
  /**
   * Whether a program may be running: since a run or check started, until a frame of it says
   * it is over. Only then is a late frame the program's doing: with no program, a frame is
   * late because the computer is busy (loading the sandbox, compiling three.js), and the
   * worker is left alone.
   */
  private programLive = false;
  /** The runId of the run or check last started (-1: none on this world). */
  private runId = -1;
  /** Whether the worker was asked to load its sandbox (a replaced worker is asked again). */
  private prepared = false;
  private sandboxLoaded: () => void = () => undefined;
  /** Resolves when a worker first says its sandbox has loaded. */
  readonly sandboxReady = new Promise<void>((resolve) => {
    this.sandboxLoaded = resolve;
  });
  private readonly pending = new Map<
    number,
    { resolve: (r: HeadlessResult) => void; reject: (e: unknown) => void }
  >();

  constructor(private readonly createWorker: () => Worker) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      this.receive({ type: 'fatal', message: event.message || 'worker error' });
    };
    if (this.prepared) worker.postMessage({ type: 'prepare' } satisfies ToWorker);
    return worker;
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'frame') {
      this.tickSentAt = undefined;
      if (message.runId === this.runId) {
        this.programLive =
          message.status === 'running' || message.status === 'paused' || message.checking;
      }
    }
    if (message.type === 'sandbox-ready') this.sandboxLoaded();
    if (message.type === 'headless-result' || message.type === 'headless-error') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'headless-result') waiting?.resolve(message.result);
      else waiting?.reject(message.error);
    }
    for (const listener of this.listeners.get(message.type) ?? []) listener(message);
  }

  on<T extends FromWorker['type']>(type: T, listener: Listener<T>): void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener as (message: FromWorker) => void);
  }

  /**
   * Asks the worker to load the sandbox that runs programs now rather than at the first
   * run; resolves when it has.
   */
  prepare(): Promise<void> {
    if (!this.prepared) {
      this.prepared = true;
      this.send({ type: 'prepare' });
    }
    return this.sandboxReady;
  }

  /** Builds a new world (robots at their start, no program). */
  load(setup: Setup): void {
    this.setup = setup;
    this.tickSentAt = undefined;
    // No program on the new world; frames of runs on the old one no longer count.
    this.programLive = false;
    this.runId = -1;
    this.send({ type: 'load', setup });
    this.send({ type: 'speed', speed: this.speed });
  }

  /** Runs `program`; its frames carry `runId`. */
  run(program: Program, stepping: boolean, runId: number): void {
    this.startProgram(runId);
    this.send({ type: 'run', program, stepping, runId });
  }

  /** Checks the mission of `lesson` with `program` on kit `kit` (see LiveRun#check). */
  check(lesson: Lesson, kit: string, program: Program, runId: number): void {
    this.startProgram(runId);
    this.send({ type: 'check', lesson, kit, program, runId });
  }

  private startProgram(runId: number): void {
    this.runId = runId;
    this.programLive = true;
  }

  step(): void {
    this.send({ type: 'step' });
  }

  continue(): void {
    this.send({ type: 'continue' });
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.send({ type: 'speed', speed });
  }

  stop(nowMs: number): void {
    const waiting = this.tickSentAt !== undefined && nowMs - this.tickSentAt > STOP_GRACE_MS;
    if (waiting && this.setup) {
      this.worker.terminate();
      this.worker = this.spawn();
      this.load(this.setup);
      return;
    }
    this.send({ type: 'stop' });
  }

  /**
   * Asks for the next frame unless one is still on its way; call once per drawn frame.
   * Ends and replaces a worker whose frame is HARD_STOP_AFTER_MS late while a program may
   * be running (not while a headless run, which has no frames, is under way): listeners
   * get a 'hard-stop'.
   */
  tick(nowMs: number): void {
    const sentAt = this.tickSentAt;
    const late = sentAt !== undefined && nowMs - sentAt > HARD_STOP_AFTER_MS;
    if (sentAt !== undefined && late && this.programLive && this.pending.size === 0) {
      this.hardStop(nowMs - sentAt);
      return;
    }
    if (this.tickSentAt !== undefined || !this.setup) return;
    this.tickSentAt = nowMs;
    this.send({ type: 'tick', now: nowMs });
  }

  private hardStop(ranMs: number): void {
    const { code, params } = hardStopError({ ranMs, polling: false }, DEFAULT_LIMITS.sliceMs);
    this.worker.terminate();
    this.worker = this.spawn();
    if (this.setup) this.load(this.setup);
    this.receive({ type: 'hard-stop', error: { code, params } });
  }

  /** Runs `program` to its end in the worker, unpaced (tests, determinism checks). */
  headless(setup: Setup, program: Program, trackLines = false): Promise<HeadlessResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'headless', id, setup, program, trackLines });
    });
  }
}

export type { ErrorInfo };
