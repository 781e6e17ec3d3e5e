// Starting grading worker threads, in plain JavaScript so that `mekong grade` can start
// them before it loads its own TypeScript: a worker needs about a second to load the
// modules and QuickJS, and that second then overlaps the command's own start-up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Most worker threads a class is graded with by default. */
const MAX_DEFAULT_WORKERS = 4;

/**
 * The JavaScript heap of a thread that runs student programs (a grading worker, the
 * sandbox of `mekong run`), MB. What the host keeps for a program is bounded
 * (RECORD_LIMITS in robot/program/types.ts); this is the backstop: a thread that still
 * outgrows it ends alone, and its program fails with HOST_OUT_OF_MEMORY, where before
 * it took the whole process (and every grade) down. Measured: one thread grades every
 * lesson's solution and the hostile programs of issue 19 (5 seeds each) within a 64 MB
 * limit; 256 leaves room for a busy machine's lazy collector. (QuickJS's own memory is
 * WebAssembly memory, outside this heap and capped apart: load-quickjs.ts.)
 */
export const PROGRAM_THREAD_HEAP_MB = 256;

/** Worker options of a thread that runs student programs. */
export const PROGRAM_THREAD_OPTIONS = {
  resourceLimits: { maxOldGenerationSizeMb: PROGRAM_THREAD_HEAP_MB },
};

/**
 * Grading worker threads on this machine: one per CPU core, at most 4. The main thread
 * grades nothing (a program there could not be hard-stopped): it only watches the workers.
 */
export function machineWorkers() {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, availableParallelism()));
}

/**
 * A grading worker thread and what it did before a class took it: it may already have
 * failed or ended, and an `error` event with no listener would end this process.
 * @typedef {{ worker: Worker; error?: unknown; exitCode?: number }} StartedWorker
 */

/**
 * Starts a grading worker. It loads everything, then waits for its class (a `setup`
 * message) before it says it is ready.
 * @param {URL} [url] the worker's entry file (tests give one that misbehaves)
 * @returns {StartedWorker}
 */
export function startGradeWorker(url = new URL('./grade-worker-boot.js', import.meta.url)) {
  /** @type {StartedWorker} */
  const started = { worker: new Worker(url, PROGRAM_THREAD_OPTIONS) };
  started.worker.once('error', (error) => {
    started.error ??= error;
  });
  started.worker.once('exit', (code) => {
    started.exitCode = code;
  });
  return started;
}

/**
 * Starts the worker threads a class will probably be graded with: `--workers` (at most 3
 * here; the pool starts more if asked), else one per extra CPU core.
 * @param {number | undefined} workers the checked `--workers` value
 * @returns {StartedWorker[]}
 */
export function startGradeWorkers(workers) {
  const count = Math.min(workers ?? machineWorkers(), MAX_DEFAULT_WORKERS);
  return Array.from({ length: count }, () => startGradeWorker());
}
