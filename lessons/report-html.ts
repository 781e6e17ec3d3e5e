import type { Lang } from '../robot/i18n/lang.ts';
import { say } from '../robot/i18n/localize.ts';
import { visibleControls } from '../robot/visible-controls.ts';
import { describeGradeCheck } from './checks/describe.ts';
import { type ClassSummary, lapTimeMs, type ProgramGrade } from './grade.ts';
import type { Lesson } from './lesson-files.ts';
import { lapSeconds } from './report-csv.ts';
import { reportText } from './report-texts.ts';
import { type TeacherNotes, teacherNotesHtml } from './teacher-notes.ts';
import { reviewLine, TEACHER_WORDS } from './texts/teacher-texts.ts';

export interface HtmlReportOptions {
  lesson: Lesson;
  kit: string;
  seeds: readonly number[];
  grades: readonly ProgramGrade[];
  summary: ClassSummary;
  lang: Lang;
  /** When the grading ran, as people read it (the caller owns the clock). */
  generatedAt: string;
  /** `@font-face` rules to embed (Noto Sans and Noto Sans Lao), so Lao shows offline. */
  fontFaces: string;
  /**
   * The lesson's notes for teachers in `lang`: linked from the top of the page and shown
   * after the table (the report is one file, read offline).
   */
  teacherNotes?: TeacherNotes;
}

/**
 * `text` as HTML text or a quoted attribute value. Its control characters are shown
 * (visibleControls): a NUL, or a bidirectional override in a file name that would reorder
 * a row, does not act.
 */
export function escapeHtml(text: string | number): string {
  return visibleControls(String(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The look of every printable report: a title, a line about it, a table. */
export const REPORT_STYLE = `
body { font-family: 'Noto Sans', 'Noto Sans Lao', sans-serif; margin: 2em; color: #1b1b1b; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
@media print { body { margin: 0.5cm; } th { background: #ddd; } tr { page-break-inside: avoid; } }
`;

const STYLE = `${REPORT_STYLE}
td.num { text-align: right; white-space: nowrap; }
.pass { color: #1d7a3a; font-weight: 700; }
.fail { color: #b3261e; font-weight: 700; }
td.reason { font-size: 0.9em; }
td.after-error { opacity: 0.5; }
td.result { white-space: nowrap; }
ul.summary { padding-left: 1.2em; }
#teacher-notes { border-top: 2px solid #bbb; margin-top: 2em; }
#teacher-notes h3 { font-size: 1.05em; margin-bottom: 0.2em; }
@media print { #teacher-notes { page-break-before: always; } }
`;

/**
 * A self-contained HTML page of a class's grades that a teacher can open or print: one
 * row per program, a cell per check with its reason, and the class summary.
 */
export function gradesHtml(options: HtmlReportOptions): string {
  const { lesson, grades, summary, lang } = options;
  const runs = options.seeds.length;
  const title = reportText('reportTitle', lang, { order: lesson.order, title: lesson.title[lang] });
  const checkIds = ['program', ...lesson.checks.map((c) => c.id)].filter(
    (id) => id !== 'program' || grades.some((g) => g.checks.some((c) => c.id === 'program')),
  );
  const head = checkIds
    .map((id) => {
      const check = lesson.checks.find((c) => c.id === id);
      const bonus = check && !check.required ? ` (${reportText('optional', lang)})` : '';
      return `<th>${escapeHtml(id)}${escapeHtml(bonus)}</th>`;
    })
    .join('');
  // A race shows each lap time and lists the fastest first (no lap: last).
  const race = lesson.checks.some((c) => c.type === 'lap-time');
  const lap = (grade: ProgramGrade) => lapTimeMs(lesson, grade) ?? Number.POSITIVE_INFINITY;
  const ordered = race ? [...grades].sort((a, b) => lap(a) - lap(b)) : grades;
  const lapHead = race ? `<th>${escapeHtml(reportText('lapTime', lang))}</th>` : '';
  const rows = ordered
    .map((grade) => {
      // After a program error the mission cells only show its effect: greyed out.
      const crashed = grade.checks.some((c) => c.id === 'program' && !c.passed);
      const cells = checkIds
        .map((id) => {
          const check = grade.checks.find((c) => c.id === id);
          if (!check) return '<td class="reason"><span class="pass">✔</span></td>';
          const mark = check.passed ? '<span class="pass">✔</span>' : '<span class="fail">✘</span>';
          const text = describeGradeCheck(check, runs, lang, lesson.names);
          const style = crashed && id !== 'program' ? 'reason after-error' : 'reason';
          return `<td class="${style}">${mark} ${escapeHtml(text)}</td>`;
        })
        .join('');
      const result = grade.passed
        ? `<span class="pass">${escapeHtml(reportText('passed', lang))}</span>`
        : `<span class="fail">${escapeHtml(reportText('failed', lang))}</span>`;
      const seconds = lapSeconds(lesson, grade);
      const lapCell = race
        ? `<td class="num">${escapeHtml(seconds === '' ? '–' : reportText('seconds', lang, { s: seconds }))}</td>`
        : '';
      return `<tr><td>${escapeHtml(grade.program)}</td><td class="result">${result}</td><td class="num">${escapeHtml(grade.score)}</td>${lapCell}${cells}</tr>`;
    })
    .join('\n');
  const percent = summary.programs > 0 ? Math.round((100 * summary.passed) / summary.programs) : 0;
  const checkLines = summary.checks
    .map(
      (c) =>
        `<li>${escapeHtml(reportText('checkSummary', lang, { id: c.id, passed: c.passed, programs: summary.programs }))}</li>`,
    )
    .join('');
  return htmlPage(
    lang,
    title,
    `${options.fontFaces}${STYLE}`,
    `<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(reportText('gradeHeader', lang, { order: lesson.order, title: lesson.title[lang], kit: options.kit, runs }))} ${escapeHtml(options.generatedAt)}</p>
<p>${escapeHtml(reportText('reportRuns', lang, { runs, seeds: options.seeds.join(', ') }))}</p>
<p><strong>${escapeHtml(reportText('classSummary', lang, { passed: summary.passed, programs: summary.programs, percent, mean: summary.meanScore }))}</strong></p>
<ul class="summary">${checkLines}</ul>
${notesLink(lesson, options.teacherNotes, lang)}
<table>
<thead><tr><th>${escapeHtml(reportText('program', lang))}</th><th>${escapeHtml(reportText('result', lang))}</th><th>${escapeHtml(reportText('score', lang))}</th>${lapHead}${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${notesSection(lesson, options.teacherNotes, lang)}`,
  );
}

/** A self-contained HTML page: `body` (HTML) under `title`, styled by `style`. */
export function htmlPage(lang: Lang, title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The link from the top of the report to the notes for teachers at its end. */
function notesLink(lesson: Lesson, notes: TeacherNotes | undefined, lang: Lang): string {
  if (!notes) return '';
  const cli = say(TEACHER_WORDS, 'alsoCli', lang, { lesson: String(lesson.order) });
  return `<p class="notes-link"><a href="#teacher-notes">${escapeHtml(say(TEACHER_WORDS, 'reportNotes', lang))}</a> · ${escapeHtml(cli)}</p>`;
}

/** The lesson's notes for teachers, with where its translations stand. */
function notesSection(lesson: Lesson, notes: TeacherNotes | undefined, lang: Lang): string {
  if (!notes) return '';
  const heading = say(TEACHER_WORDS, 'notesFor', lang, { n: lesson.order });
  const minutes = say(TEACHER_WORDS, 'minutes', lang, { count: notes.minutes });
  return `<section id="teacher-notes">
<h2>${escapeHtml(heading)}</h2>
<p class="meta">${escapeHtml(notes.title)} · ${escapeHtml(minutes)} · ${escapeHtml(reviewLine(lesson.review, lang))}</p>
${teacherNotesHtml(notes, lang)}
</section>`;
}
