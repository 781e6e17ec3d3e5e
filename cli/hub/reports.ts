// The teacher's grade reports: the newest graded hand-in of each student, written as
// `mekong grade --report` writes a class (cli/runtime/grade-report.ts).
import { gradingSeeds, type ProgramGrade } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { gradeReport } from '../runtime/grade-report.ts';
import type { Queryable } from './database.ts';
import { latestHandins } from './store.ts';

/** The report of class `cls` on `lesson`: one row per student, named by the student. */
export async function classReport(
  db: Queryable,
  cls: number,
  lesson: Lesson,
  format: 'csv' | 'html',
  lang: Lang,
): Promise<string> {
  const handins = (await latestHandins(db, cls, lesson.id)).filter((h) => h.status === 'graded');
  const grades = handins.map((h) => ({ ...(h.grade as ProgramGrade), program: h.student }));
  const kit = lesson.kits[0] as string;
  return gradeReport({ format, lesson, kit, seeds: gradingSeeds(), grades, lang });
}
