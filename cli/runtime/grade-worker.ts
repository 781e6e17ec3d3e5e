import { parentPort } from 'node:worker_threads';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import {
  damagesQuickJs,
  gradeOrCrash,
  type ProgramGrade,
  type ProgramSource,
} from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { SliceBeacon } from '../../robot/program/hard-stop.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';

/**
 * Messages between the pool and a worker (structured-cloned plain data). A worker is
 * started before its class is known: the first message it gets is the class's `setup`,
 * which it answers with `ready`.
 */
export type ToWorker =
  /** `beacon`: the hard stop's buffer (hard-stop.ts), shared with the pool. */
  | { type: 'setup'; lesson: Lesson; kit: Kit; seeds: number[]; beacon: SharedArrayBuffer }
  | { type: 'grade'; index: number; program: ProgramSource };
export type FromWorker = { type: 'ready' } | { type: 'graded'; index: number; grade: ProgramGrade };

const port = parentPort;
if (port) {
  let quickjs: QuickJSWASMModule = await loadQuickJS();
  let setup: (ToWorker & { type: 'setup' }) | undefined;
  const handle = async (job: ToWorker) => {
    if (job.type === 'setup') {
      setup = job;
      port.postMessage({ type: 'ready' } satisfies FromWorker);
      return;
    }
    if (!setup) throw new Error('a grading worker got a program before its lesson');
    const { lesson, kit, seeds } = setup;
    const beacon = new SliceBeacon(setup.beacon);
    const { index, program } = job;
    const grade = gradeOrCrash(program, {
      lesson,
      kit,
      seeds,
      quickjs,
      now: () => performance.now(),
      beacon,
    });
    if (damagesQuickJs(grade)) quickjs = await loadQuickJS();
    port.postMessage({ type: 'graded', index, grade } satisfies FromWorker);
  };
  // One job at a time, in order, even while a damaged QuickJS is being replaced.
  let queue = Promise.resolve();
  port.on('message', (job: ToWorker) => {
    queue = queue.then(() => handle(job));
  });
}
