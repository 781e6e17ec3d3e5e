import type { Lang } from '../robot/i18n/lang.ts';
import { visibleControls } from '../robot/visible-controls.ts';
import { describeGradeCheck } from './checks/describe.ts';
import { type ClassSummary, lapTimeMs, type ProgramGrade } from './grade.ts';
import type { Lesson } from './lesson-files.ts';
import { lapSeconds } from './report-csv.ts';
import { reportText } from './report-texts.ts';

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
}

/**
 * `text` as HTML text or a quoted attribute value. Its control characters are shown
 * (visibleControls): a NUL, or a bidirectional override in a file name that would reorder
 * a row, does not act.
 */
function esc(text: string | number): string {
  return visibleControls(String(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
body { font-family: 'Noto Sans', 'Noto Sans Lao', sans-serif; margin: 2em; color: #1b1b1b; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.num { text-align: right; white-space: nowrap; }
.pass { color: #1d7a3a; font-weight: 700; }
.fail { color: #b3261e; font-weight: 700; }
td.reason { font-size: 0.9em; }
td.after-error { opacity: 0.5; }
td.result { white-space: nowrap; }
ul.summary { padding-left: 1.2em; }
@media print { body { margin: 0.5cm; } th { background: #ddd; } tr { page-break-inside: avoid; } }
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
      return `<th>${esc(id)}${esc(bonus)}</th>`;
    })
    .join('');
  // A race shows each lap time and lists the fastest first (no lap: last).
  const race = lesson.checks.some((c) => c.type === 'lap-time');
  const lap = (grade: ProgramGrade) => lapTimeMs(lesson, grade) ?? Number.POSITIVE_INFINITY;
  const ordered = race ? [...grades].sort((a, b) => lap(a) - lap(b)) : grades;
  const lapHead = race ? `<th>${esc(reportText('lapTime', lang))}</th>` : '';
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
          return `<td class="${style}">${mark} ${esc(text)}</td>`;
        })
        .join('');
      const result = grade.passed
        ? `<span class="pass">${esc(reportText('passed', lang))}</span>`
        : `<span class="fail">${esc(reportText('failed', lang))}</span>`;
      const seconds = lapSeconds(lesson, grade);
      const lapCell = race
        ? `<td class="num">${esc(seconds === '' ? '–' : reportText('seconds', lang, { s: seconds }))}</td>`
        : '';
      return `<tr><td>${esc(grade.program)}</td><td class="result">${result}</td><td class="num">${esc(grade.score)}</td>${lapCell}${cells}</tr>`;
    })
    .join('\n');
  const percent = summary.programs > 0 ? Math.round((100 * summary.passed) / summary.programs) : 0;
  const checkLines = summary.checks
    .map(
      (c) =>
        `<li>${esc(reportText('checkSummary', lang, { id: c.id, passed: c.passed, programs: summary.programs }))}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${options.fontFaces}${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="meta">${esc(reportText('gradeHeader', lang, { order: lesson.order, title: lesson.title[lang], kit: options.kit, runs }))} ${esc(options.generatedAt)}</p>
<p>${esc(reportText('reportRuns', lang, { runs, seeds: options.seeds.join(', ') }))}</p>
<p><strong>${esc(reportText('classSummary', lang, { passed: summary.passed, programs: summary.programs, percent, mean: summary.meanScore }))}</strong></p>
<ul class="summary">${checkLines}</ul>
<table>
<thead><tr><th>${esc(reportText('program', lang))}</th><th>${esc(reportText('result', lang))}</th><th>${esc(reportText('score', lang))}</th>${lapHead}${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
