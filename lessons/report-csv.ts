import type { Lang } from '../robot/i18n/lang.ts';
import { visibleControls } from '../robot/visible-controls.ts';
import { describeGradeCheck } from './checks/describe.ts';
import { lapTimeMs, type ProgramGrade } from './grade.ts';
import type { Lesson } from './lesson-files.ts';

/**
 * One CSV cell. Text shows its control characters (visibleControls) and, when it starts
 * like a formula (= + - @), gets a leading apostrophe so a spreadsheet shows it rather than
 * computing it: a file name like `=HYPERLINK(…)` stays text.
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string') {
    text = visibleControls(text, '\n');
    if (/^[=+\-@]/.test(text)) text = `'${text}`;
  }
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The lap time of a race in seconds with one decimal (a number a spreadsheet sorts), '' for none. */
export function lapSeconds(lesson: Lesson, grade: ProgramGrade): string {
  const ms = lapTimeMs(lesson, grade);
  return ms === null || ms === undefined ? '' : (ms / 1000).toFixed(1);
}

/**
 * A class's grades as CSV for a spreadsheet: one row per program, a passed and a reason
 * column per check; in a race (lesson 7) a lap time column after the score. Starts with a byte-order mark so spreadsheet programs read the
 * Vietnamese and Lao reasons as UTF-8.
 */
export function gradesCsv(
  lesson: Lesson,
  grades: readonly ProgramGrade[],
  runs: number,
  lang: Lang,
): string {
  const ids = ['program', ...lesson.checks.map((c) => c.id)];
  const race = lesson.checks.some((c) => c.type === 'lap-time');
  const header = ['program', 'passed', 'score', ...(race ? ['lap time s'] : [])];
  for (const id of ids) header.push(`${id} passed`, `${id} reason`);
  const rows = grades.map((grade) => {
    const row: (string | number | boolean)[] = [grade.program, grade.passed, grade.score];
    if (race) row.push(lapSeconds(lesson, grade));
    for (const id of ids) {
      const check = grade.checks.find((c) => c.id === id);
      if (!check) row.push(id === 'program' ? true : '', '');
      else row.push(check.passed, describeGradeCheck(check, runs, lang, lesson.names));
    }
    return row.map(csvCell).join(',');
  });
  return `\uFEFF${[header.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
