import { parentPort, workerData } from 'node:worker_threads';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';
import {
  crashDetail,
  crashedGrade,
  damagesQuickJs,
  gradeProgram,
  type ProgramGrade,
  type ProgramSource,
} from '../grade.ts';
import type { Lesson } from '../lesson-files.ts';

/** What a grading worker is started with (structured-cloned plain data). */
export interface GradeWorkerData {
  lesson: Lesson;
  kit: Kit;
  seeds: number[];
}

/** Messages between the pool and a worker. */
export type ToWorker = { index: number; program: ProgramSource };
export type FromWorker = { type: 'ready' } | { type: 'graded'; index: number; grade: ProgramGrade };

const port = parentPort;
if (port) {
  const { lesson, kit, seeds } = workerData as GradeWorkerData;
  let quickjs: QuickJSWASMModule = await loadQuickJS();
  const handle = async ({ index, program }: ToWorker) => {
    let grade: ProgramGrade;
    try {
      grade = gradeProgram(program, { lesson, kit, seeds, quickjs, now: () => performance.now() });
    } catch (error) {
      grade = crashedGrade(program.program, lesson, seeds, crashDetail(error));
    }
    if (damagesQuickJs(grade)) quickjs = await loadQuickJS();
    port.postMessage({ type: 'graded', index, grade } satisfies FromWorker);
  };
  // One job at a time, in order, even while a damaged QuickJS is being replaced.
  let queue = Promise.resolve();
  port.on('message', (job: ToWorker) => {
    queue = queue.then(() => handle(job));
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}
