// A class's grade report as `mekong grade --report` writes it and the classroom hub's
// teacher page exports it: CSV, or one HTML page with its fonts embedded.
import { type ProgramGrade, summarizeClass } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { gradesCsv } from '../../lessons/report-csv.ts';
import { gradesHtml } from '../../lessons/report-html.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { loadTeacherNotes } from './load-lessons.ts';
import { embeddedFontFaces } from './report-fonts.ts';

export interface GradeReportOptions {
  format: 'csv' | 'html';
  lesson: Lesson;
  /** The kit's id. */
  kit: string;
  seeds: readonly number[];
  /** One per student program, in the report's order. */
  grades: readonly ProgramGrade[];
  lang: Lang;
}

/** The report's text. */
export async function gradeReport(options: GradeReportOptions): Promise<string> {
  const { lesson, grades, seeds, lang } = options;
  if (options.format === 'csv') return gradesCsv(lesson, grades, seeds.length, lang);
  return gradesHtml({
    lesson,
    kit: options.kit,
    seeds,
    grades,
    summary: summarizeClass(lesson, grades),
    lang,
    generatedAt: new Date().toLocaleString(lang),
    fontFaces: await embeddedFontFaces(),
    teacherNotes: (await loadTeacherNotes(lesson.folder))[lang],
  });
}
