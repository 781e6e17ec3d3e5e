import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import {
  crashDetail,
  crashedGrade,
  damagesQuickJs,
  gradeOrCrash,
  type ProgramGrade,
  type ProgramSource,
  stoppedGrade,
} from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import type { MekongError } from '../../robot/errors.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { BEACON_BYTES, hardStopError, SliceWatch } from '../../robot/program/hard-stop.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';
import {
  DEFAULT_HARD_STOP,
  DEFAULT_LIMITS,
  type HardStopLimits,
} from '../../robot/program/types.ts';
import { machineWorkers, type StartedWorker, startGradeWorker } from './grade-threads.js';
import type { FromWorker, ToWorker } from './grade-worker.ts';
import { outOfHeap } from './thread-heap.ts';

export interface ClassGradeOptions {
  lesson: Lesson;
  kit: Kit;
  seeds: number[];
  programs: ProgramSource[];
  /**
   * Worker threads that grade. Default: one per CPU core, at most 4 (machineWorkers), and
   * one for a class of fewer than 8 programs. At least 1 unless `thisThread`.
   */
  workers?: number;
  /**
   * Whether this thread grades too (default false). A program graded here cannot be
   * stopped by the hard stop (nothing can end this thread's VM from outside): only for
   * tests and callers that trust the programs.
   */
  thisThread?: boolean;
  /** The hard stop of the programs graded in workers. Default DEFAULT_HARD_STOP. */
  hardStop?: HardStopLimits;
  /** QuickJS for the programs graded in this thread. */
  quickjs: QuickJSWASMModule;
  now: () => number;
  /**
   * Worker threads started before the class was known (`mekong grade` starts them before
   * it loads itself); the pool uses them first and stops those it does not need.
   */
  started?: StartedWorker[];
  /** The worker's entry file (tests give one that misbehaves). Default: grade-worker-boot.js. */
  workerUrl?: URL;
  /** Called as each program is graded (in the order they finish), and where it was graded. */
  onGraded?: (grade: ProgramGrade, done: number, total: number, where: 'here' | 'worker') => void;
}

/** Jobs a worker holds at once: one running and one waiting, so it never idles. */
const JOBS_PER_WORKER = 2;

/** A worker that dies is replaced at most this many times per class. */
const MAX_RESTARTS = 3;

interface PoolWorker {
  worker: StartedWorker['worker'];
  /** Times the slices of the program it runs (hard-stop.ts). */
  watch: SliceWatch;
  /** Indexes of the programs sent to it and not yet graded, in order. */
  jobs: number[];
  ready: boolean;
}

/**
 * Below this many programs a class is graded in one worker: starting one (the TypeScript
 * loader, the modules, QuickJS) costs about as much as grading a few programs.
 */
const MIN_PROGRAMS_FOR_WORKERS = 8;

/** The default number of worker threads for a class of `programs` on this machine. */
export function defaultWorkers(programs: number): number {
  return programs < MIN_PROGRAMS_FOR_WORKERS ? 1 : machineWorkers();
}

/**
 * Grades every program of a class on a lesson, this thread and worker threads pulling
 * from one queue. Each program runs in the QuickJS sandbox; a program that breaks the
 * grader itself (a crash, a worker that dies) is reported as failed and the others are
 * still graded. Returns the grades in the order of `programs`.
 */
export async function gradeClass(options: ClassGradeOptions): Promise<ProgramGrade[]> {
  const { lesson, kit, seeds, programs } = options;
  const total = programs.length;
  const grades: (ProgramGrade | undefined)[] = new Array(total);
  /** Programs nobody has taken yet. */
  const pending = programs.map((_, i) => i);
  const pool: PoolWorker[] = [];
  let done = 0;
  let restarts = 0;
  let closing = false;
  let quickjs = options.quickjs;
  let wake: (() => void) | undefined;

  const finish = (index: number, grade: ProgramGrade, where: 'here' | 'worker') => {
    if (grades[index]) return;
    grades[index] = grade;
    done++;
    options.onGraded?.(grade, done, total, where);
    wake?.();
  };

  const feed = (pw: PoolWorker) => {
    while (pw.ready && pw.jobs.length < JOBS_PER_WORKER && pending.length > 0) {
      const index = pending.shift() as number;
      pw.jobs.push(index);
      pw.worker.postMessage({
        type: 'grade',
        index,
        program: programs[index] as ProgramSource,
      } satisfies ToWorker);
    }
  };

  const spare = [...(options.started ?? [])];
  const hardStop = options.hardStop ?? DEFAULT_HARD_STOP;
  const { sliceMs } = DEFAULT_LIMITS;
  /** Takes a started worker into the pool, or starts one. */
  const start = (): PoolWorker => {
    const started = spare.shift() ?? startGradeWorker(options.workerUrl);
    const { worker } = started;
    const beacon = new SharedArrayBuffer(BEACON_BYTES);
    const limits = { sliceMs, graceMs: hardStop.graceMs };
    const watch = new SliceWatch(beacon, limits, options.now);
    const pw: PoolWorker = { worker, watch, jobs: [], ready: false };
    worker.postMessage({ type: 'setup', lesson, kit, seeds, beacon } satisfies ToWorker);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') pw.ready = true;
      else {
        pw.jobs = pw.jobs.filter((i) => i !== message.index);
        finish(message.index, message.grade, 'worker');
      }
      feed(pw);
    });
    /** The worker died: `error` is the program's when it outgrew its heap, else a crash. */
    const lost = (why: string | MekongError) => {
      const at = pool.indexOf(pw);
      if (closing || at < 0) return;
      pool.splice(at, 1);
      // The program it was running is the one that broke it; the others go back in line.
      const [running, ...waiting] = pw.jobs;
      if (running !== undefined) {
        const { program } = programs[running] as ProgramSource;
        const grade =
          typeof why === 'string'
            ? crashedGrade(program, lesson, seeds, why)
            : stoppedGrade(program, lesson, seeds, pw.watch.last().tag, why);
        finish(running, grade, 'worker');
      }
      pending.unshift(...waiting);
      // A program that outgrew the heap is stopped as the hard stop stops one: not a crash.
      const crashed = typeof why === 'string';
      if (pending.length > 0 && (!crashed || restarts < MAX_RESTARTS)) {
        if (crashed) restarts++;
        pool.push(start());
      }
      wake?.();
    };
    const exited = (code: number) => lost(`the grading thread stopped (exit code ${code})`);
    worker.on('error', (error) => lost(outOfHeap(error) ?? crashDetail(error)));
    worker.on('exit', exited);
    // It may have failed while it waited for this class.
    if (started.error !== undefined) queueMicrotask(() => lost(crashDetail(started.error)));
    else if (started.exitCode !== undefined) queueMicrotask(() => exited(started.exitCode ?? 0));
    return pw;
  };

  /**
   * The hard stop: a worker whose program outran its slice is ended and replaced (not
   * counted as a crash); the program fails with the stop's error, the others go back in line.
   */
  const stopRunaways = () => {
    for (const pw of [...pool]) {
      const stop = pw.watch.check();
      const running = pw.jobs[0];
      if (!stop || running === undefined) continue;
      pool.splice(pool.indexOf(pw), 1);
      void pw.worker.terminate();
      const { program } = programs[running] as ProgramSource;
      const error = hardStopError(stop, sliceMs);
      finish(running, stoppedGrade(program, lesson, seeds, stop.tag, error), 'worker');
      pending.unshift(...pw.jobs.slice(1));
      if (pending.length > 0) pool.push(start());
      wake?.();
    }
  };

  const thisThread = options.thisThread ?? false;
  const workers = thisThread
    ? Math.min(options.workers ?? defaultWorkers(total), Math.max(0, total - 1))
    : Math.max(1, Math.min(options.workers ?? defaultWorkers(total), total));
  for (let i = 0; i < workers; i++) pool.push(start());
  for (const unused of spare.splice(0)) void unused.worker.terminate();
  const timer = setInterval(stopRunaways, hardStop.pollMs);

  try {
    while (done < total) {
      // Without workers left (they all died), this thread takes over.
      const index = thisThread || pool.length === 0 ? pending.shift() : undefined;
      if (index === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      const program = programs[index] as ProgramSource;
      const grade = gradeOrCrash(program, { lesson, kit, seeds, quickjs, now: options.now });
      if (damagesQuickJs(grade)) quickjs = await loadQuickJS();
      finish(index, grade, 'here');
      // Let the workers' messages in, so they are fed while this thread grades.
      await new Promise((resolve) => setImmediate(resolve));
      for (const pw of pool) feed(pw);
    }
  } finally {
    clearInterval(timer);
    closing = true;
    await Promise.all(pool.map((pw) => pw.worker.terminate()));
  }
  return grades as ProgramGrade[];
}
