import { Worker } from 'node:worker_threads';
import type { MekongError } from '../../robot/errors.ts';
import {
  BEACON_BYTES,
  type HardStop,
  hardStopError,
  SliceWatch,
} from '../../robot/program/hard-stop.ts';
import {
  DEFAULT_HARD_STOP,
  DEFAULT_LIMITS,
  type HardStopLimits,
} from '../../robot/program/types.ts';
import { fromData } from './error-data.ts';
import { PROGRAM_THREAD_OPTIONS } from './grade-threads.js';
import type { RelayEnd } from './robot-relay.ts';
import type { FromSandbox, SandboxJob, SandboxResult, ToSandbox } from './sandbox-worker.ts';
import { outOfHeap } from './thread-heap.ts';

export interface SandboxOptions {
  /** Host clock, ms: the hard stop measures slices with it. */
  now: () => number;
  /** Default DEFAULT_HARD_STOP. */
  hardStop?: HardStopLimits;
  /** Every console line as the program prints it. */
  onLog?: (text: string) => void;
  /** The worker's entry file (tests give one that misbehaves). Default: sandbox-worker-boot.js. */
  workerUrl?: URL;
}

export type SandboxOutcome<J extends SandboxJob> =
  | { kind: 'done'; result: SandboxResult<J> }
  /** The hard stop ended the thread: the program's error, and what it printed before. */
  | { kind: 'stopped'; stop: HardStop; error: MekongError; output: string[] };

/** A started sandbox thread, waiting for its one job. */
export interface Sandbox {
  /**
   * Runs `job`, ending the thread once it has its result or the hard stop fires (a slice
   * over its budget, or the whole run over the job's own time limit). A `robot` job takes
   * the thread's end of its robot relay (robot-run.ts).
   */
  run<J extends SandboxJob>(job: J, relay?: RelayEnd): Promise<SandboxOutcome<J>>;
  /** Ends the thread without running anything (the command failed before its run). */
  close(): void;
}

/**
 * Starts a fresh worker thread for one job (a simulated run, a lesson run, a program that
 * drives a robot on this thread). Start it early: loading the modules and QuickJS in the
 * thread overlaps the caller's own loading. While the job runs, the host ends the thread if
 * a slice of the program outruns its budget, or the run its time limit, by the grace
 * period (hard-stop.ts). One thread per run: a killed one takes its QuickJS with it, and
 * nothing leaks into the next run.
 */
/**
 * Waits for `loading`, what a run needs, loaded while `sandbox`'s thread starts; when it
 * fails, the sandbox is closed before the error is thrown.
 */
export async function loadedBeside<T>(sandbox: Sandbox, loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    sandbox.close();
    throw error;
  }
}

export function startSandbox(options: SandboxOptions): Sandbox {
  const worker = new Worker(
    options.workerUrl ?? new URL('./sandbox-worker-boot.js', import.meta.url),
    PROGRAM_THREAD_OPTIONS,
  );
  // An error before the job is sent must not end this process: run() reports it.
  let early: unknown;
  const onEarly = (error: unknown) => {
    early ??= error;
  };
  worker.on('error', onEarly);
  return {
    run: (job, relay) => {
      worker.off('error', onEarly);
      return watchJob(worker, job, relay, options, early);
    },
    close: () => void worker.terminate(),
  };
}

function watchJob<J extends SandboxJob>(
  worker: Worker,
  job: J,
  relay: RelayEnd | undefined,
  options: SandboxOptions,
  early: unknown,
): Promise<SandboxOutcome<J>> {
  const limits = options.hardStop ?? DEFAULT_HARD_STOP;
  const { sliceMs } = DEFAULT_LIMITS;
  const beacon = new SharedArrayBuffer(BEACON_BYTES);
  const output: string[] = [];
  const runMs = job.kind === 'lesson' ? job.lesson.timeLimitMs : job.maxTimeMs;
  const watch = new SliceWatch(beacon, { sliceMs, graceMs: limits.graceMs, runMs }, options.now);
  return new Promise<SandboxOutcome<J>>((resolve, reject) => {
    let settled = false;
    const end = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      void worker.terminate();
      settle();
    };
    const timer = setInterval(() => {
      const stop = watch.check();
      if (!stop) return;
      const error = hardStopError(stop, sliceMs);
      end(() => resolve({ kind: 'stopped', stop, error, output }));
    }, limits.pollMs);
    if (early !== undefined) {
      end(() => reject(early));
      return;
    }
    worker.on('message', (message: FromSandbox) => {
      if (message.type === 'log') {
        output.push(message.text);
        options.onLog?.(message.text);
      } else if (message.type === 'result') {
        const result = message.result as SandboxResult<J>;
        end(() => resolve({ kind: 'done', result }));
      } else {
        const { error } = message;
        end(() => reject(error ? fromData(error) : new Error(message.message)));
      }
    });
    worker.on('error', (error) => {
      // A program that outgrew the thread's heap fails as a hard-stopped one does.
      const heap = outOfHeap(error);
      const stop = { ranMs: 0, polling: false, ...watch.last() };
      if (heap) end(() => resolve({ kind: 'stopped', stop, error: heap, output }));
      else end(() => reject(error));
    });
    worker.on('exit', (code) =>
      end(() => reject(new Error(`the program's thread stopped (exit code ${code})`))),
    );
    const message: ToSandbox = { type: 'job', job, beacon, ...(relay ? { relay } : {}) };
    worker.postMessage(message, relay ? [relay.port] : []);
  });
}
