// Grades hand-ins with the grader of `mekong grade`: each lesson's programs as one class in
// the grading worker threads (cli/runtime/grade-pool.ts), each program in the sandbox.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import {
  gradingSeeds,
  type ProgramGrade,
  type ProgramSource,
  stoppedGrade,
} from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { isMekongError } from '../../robot/errors.ts';
import { getKit } from '../../robot/kits/index.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';
import { gradeClass } from '../runtime/grade-pool.ts';
import type { HandinRow } from './store.ts';

export interface GraderOptions {
  /** The lessons hand-ins may name, by id. */
  lessons: ReadonlyMap<string, Lesson>;
  /** Worker threads per batch (default: the pool's choice for the batch's size). */
  workers?: number;
  now: () => number;
}

export type GradeHandins = (handins: readonly HandinRow[]) => Promise<Map<string, ProgramGrade>>;

/** A program as the grader takes it; a block program is turned into its TypeScript first. */
async function programOf(handin: HandinRow): Promise<ProgramSource> {
  if (handin.kind === 'ts') {
    return { program: handin.id, source: handin.source, language: 'ts', fileName: 'program.ts' };
  }
  // Blockly (and jsdom under it) loads only when a block program comes.
  const { blocksToTypeScript } = await import('../../robot/blocks/blocks-program.ts');
  const fileName = 'program.blocks.json';
  const { code } = blocksToTypeScript(handin.source, fileName, 'en');
  return { program: handin.id, source: code, language: 'ts', fileName };
}

/** A grader for hand-ins on the lessons of `options`. */
export function handinGrader(options: GraderOptions): GradeHandins {
  let quickjs: Promise<QuickJSWASMModule> | undefined;
  const seeds = gradingSeeds();
  return async (handins) => {
    const grades = new Map<string, ProgramGrade>();
    const byLesson = new Map<string, HandinRow[]>();
    for (const h of handins) byLesson.set(h.lesson, [...(byLesson.get(h.lesson) ?? []), h]);
    for (const [lessonId, group] of byLesson) {
      const lesson = options.lessons.get(lessonId);
      // The API refuses unknown lessons; one removed since keeps its hand-ins ungraded.
      if (!lesson) continue;
      const programs: ProgramSource[] = [];
      for (const handin of group) {
        try {
          programs.push(await programOf(handin));
        } catch (error) {
          if (!isMekongError(error)) throw error;
          grades.set(handin.id, stoppedGrade(handin.id, lesson, seeds, seeds[0] ?? 1, error));
        }
      }
      if (programs.length === 0) continue;
      quickjs ??= loadQuickJS();
      const graded = await gradeClass({
        lesson,
        kit: getKit(lesson.kits[0] as string),
        seeds,
        programs,
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        quickjs: await quickjs,
        now: options.now,
      });
      for (const grade of graded) grades.set(grade.program, grade);
    }
    return grades;
  };
}
