// Starting grading worker threads, in plain JavaScript so that `mekong grade` can start
// them before it loads its own TypeScript: a worker needs about a second to load the
// modules and QuickJS, and that second then overlaps the command's own start-up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Most worker threads a class is graded with by default. */
const MAX_DEFAULT_WORKERS = 4;

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
  const started = { worker: new Worker(url) };
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
