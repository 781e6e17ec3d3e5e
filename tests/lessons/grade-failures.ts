import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import { gradeProgram, type ProgramGrade } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { getKit } from '../../robot/index.ts';

/**
 * Grades `source` on `lesson` with kit `kitId` for `seeds`, as `mekong grade` does; returns
 * the grade and its failing checks in words (empty when it passed), for a readable failure.
 */
export function gradeWithReasons(
  lesson: Lesson,
  kitId: string,
  program: { name: string; source: string },
  seeds: readonly number[],
  quickjs: QuickJSWASMModule,
): { grade: ProgramGrade; failures: string[] } {
  const grade = gradeProgram(
    { program: program.name, source: program.source, language: 'ts', fileName: program.name },
    { lesson, kit: getKit(kitId), seeds, quickjs, now: () => performance.now() },
  );
  const failures = grade.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.id}: ${describeGradeCheck(c, seeds.length, 'en', lesson.names)}`);
  return { grade, failures };
}
