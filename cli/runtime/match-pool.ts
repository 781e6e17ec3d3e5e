import {
  fromSliceTag,
  type MatchJob,
  type MatchOutcome,
} from '../../lessons/competitions/match.ts';
import '../../lessons/competitions/texts/compete-errors.ts';
import type { PlayMatches } from '../../lessons/competitions/tournament.ts';
import { errorData, MekongError } from '../../robot/errors.ts';
import { BEACON_BYTES, hardStopError, SliceWatch } from '../../robot/program/hard-stop.ts';
import {
  DEFAULT_HARD_STOP,
  DEFAULT_LIMITS,
  type HardStopLimits,
} from '../../robot/program/types.ts';
import { machineWorkers, type StartedWorker, startGradeWorker } from './grade-threads.js';
import type { FromMatchWorker, ToMatchWorker } from './match-worker.ts';

export interface MatchPoolOptions {
  /** Worker threads. Default: one per CPU core, at most 4 (machineWorkers). */
  workers?: number;
  /** Host clock, ms: the hard stop times slices with it. */
  now: () => number;
  /** Default DEFAULT_HARD_STOP. */
  hardStop?: HardStopLimits;
  /** The worker's entry file (tests give one that misbehaves). Default: match-worker-boot.js. */
  workerUrl?: URL;
}

interface PoolWorker {
  started: StartedWorker;
  watch: SliceWatch;
  /** The job it plays now, if any. */
  job: number | undefined;
  ready: boolean;
  beacon: SharedArrayBuffer;
}

/** A worker that dies (not the hard stop) is replaced at most this many times per call. */
const MAX_RESTARTS = 3;

/**
 * Plays matches in worker threads (the grading threads of grade-threads.js, running the
 * match worker), several at once. Each thread runs one match at a time; the host watches
 * every slice of every program (hard-stop.ts), and ends a thread whose program will not
 * stop: that program loses the match with the stop's error, and the next match goes on in
 * a fresh thread. A program can never stop the tournament.
 */
export function matchPool(options: MatchPoolOptions): PlayMatches {
  return async (jobs, onDone) => {
    const pending = jobs.map((_, i) => i);
    const pool: PoolWorker[] = [];
    const hardStop = options.hardStop ?? DEFAULT_HARD_STOP;
    const { sliceMs } = DEFAULT_LIMITS;
    let done = 0;
    let restarts = 0;
    let closing = false;
    const writes: Promise<void>[] = [];
    let wake: (() => void) | undefined;
    const url = options.workerUrl ?? new URL('./match-worker-boot.js', import.meta.url);

    const finish = (pw: PoolWorker, outcome: MatchOutcome) => {
      const index = pw.job;
      if (index === undefined) return;
      pw.job = undefined;
      done++;
      writes.push(Promise.resolve(onDone(index, outcome)));
      wake?.();
    };
    const feed = (pw: PoolWorker) => {
      if (!pw.ready || pw.job !== undefined) return;
      const index = pending.shift();
      if (index === undefined) return;
      pw.job = index;
      const job = jobs[index] as MatchJob;
      pw.started.worker.postMessage({ type: 'match', index, job } satisfies ToMatchWorker);
    };
    /**
     * The match a worker was playing when its thread ended: the program whose slice ran
     * (the beacon's tag: sliceTagOf) loses it.
     */
    const lost = (pw: PoolWorker, error: MekongError, tag: number) => {
      const index = pw.job;
      if (index === undefined) return;
      const { round, program } = fromSliceTag(tag);
      const players = (jobs[index] as MatchJob).competitors.length;
      finish(pw, {
        rounds: [],
        stopped: { program: Math.min(program, players - 1), round, error: errorData(error) },
      });
    };
    const start = (): PoolWorker => {
      const started = startGradeWorker(url);
      const beacon = new SharedArrayBuffer(BEACON_BYTES);
      const watch = new SliceWatch(beacon, { sliceMs, graceMs: hardStop.graceMs }, options.now);
      const pw: PoolWorker = { started, watch, job: undefined, ready: false, beacon };
      const { worker } = started;
      worker.postMessage({ type: 'setup', beacon } satisfies ToMatchWorker);
      worker.on('message', (message: FromMatchWorker) => {
        if (message.type === 'ready') pw.ready = true;
        else finish(pw, message.outcome);
        feed(pw);
      });
      const died = (detail: string) => {
        const at = pool.indexOf(pw);
        if (closing || at < 0) return;
        pool.splice(at, 1);
        // The beacon's third Int32 is its tag (hard-stop.ts).
        const tag = new Int32Array(pw.beacon, 0, 3)[2] ?? 0;
        lost(pw, new MekongError('MATCH_THREAD_DIED', { detail }), tag);
        if (pending.length > 0 && restarts < MAX_RESTARTS) {
          restarts++;
          replace();
        }
        wake?.();
      };
      worker.on('error', (error) => died(error instanceof Error ? error.message : String(error)));
      worker.on('exit', (code) => died(`exit code ${code}`));
      return pw;
    };
    const replace = () => {
      const pw = start();
      pool.push(pw);
    };
    /** The hard stop: a thread whose program outran its slice is ended and replaced. */
    const stopRunaways = () => {
      for (const pw of [...pool]) {
        const stop = pw.watch.check();
        if (!stop || pw.job === undefined) continue;
        pool.splice(pool.indexOf(pw), 1);
        void pw.started.worker.terminate();
        lost(pw, hardStopError(stop, sliceMs), stop.tag);
        if (pending.length > 0) replace();
      }
    };

    const count = Math.max(1, Math.min(options.workers ?? machineWorkers(), jobs.length));
    for (let i = 0; i < count && jobs.length > 0; i++) replace();
    const timer = setInterval(stopRunaways, hardStop.pollMs);
    try {
      while (done < jobs.length) {
        // Threads that die at start are a broken installation, not a program's doing.
        if (pool.length === 0) throw new Error('every match thread stopped');
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      await Promise.all(writes);
    } finally {
      clearInterval(timer);
      closing = true;
      await Promise.all(pool.map((pw) => pw.started.worker.terminate()));
    }
  };
}
