import { findLesson } from '../../lessons/find-lesson.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { reportText } from '../../lessons/report-texts.ts';
import {
  COURSE_SECTION_TITLES,
  PERIOD_MINUTES,
  PERIODS_PER_WEEK,
  pacingPlan,
  TEACHER_SECTION_TITLES,
  type TeacherNotes,
} from '../../lessons/teacher-notes.ts';
import { reviewLine, TEACHER_WORDS } from '../../lessons/texts/teacher-texts.ts';
import { builtinKits, type Lang, localize, say } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { loadCourseNotes, loadLessons, loadTeacherNotes } from '../runtime/load-lessons.ts';
import type { OptionsOf } from '../verb-spec.ts';
import type { LESSONS_OPTIONS } from '../verbs.ts';
import '../texts/cli-phrases.ts';

/** One lesson in `mekong lessons --json`. */
export interface LessonJson {
  id: string;
  order: number;
  folder: string;
  title: string;
  kits: string[];
  parts: string[];
  timeLimitMs: number;
  checks: { id: string; type: string; required: boolean }[];
  /** Where each translation stands: "draft" awaits review by a native-speaking teacher. */
  review: Lesson['review'];
}

/**
 * `mekong lessons [--json]`: the course, in order. `--teacher`: also the course's notes for
 * teachers with the pacing plan, and which translations await review; `--teacher <lesson>`:
 * that lesson's notes for teachers. `mekong lessons --starter <lesson>`: that lesson's starter
 * program in the reader's language.
 */
export async function lessonsCommand(
  options: OptionsOf<typeof LESSONS_OPTIONS>,
  io: CliIo,
): Promise<number> {
  const lessons = await loadLessons();
  const { lang, teacher } = options;
  if (options.starter !== undefined) {
    io.stdout.write(findLesson(lessons, options.starter).starter[lang]);
    return EXIT.ok;
  }
  if (typeof teacher === 'string') {
    const lesson = findLesson(lessons, teacher);
    io.stdout.write(lessonNotesText(lesson, (await loadTeacherNotes(lesson.folder))[lang], lang));
    return EXIT.ok;
  }
  const rows: LessonJson[] = lessons.map((l) => ({
    id: l.id,
    order: l.order,
    folder: l.folder,
    title: l.title[lang],
    kits: l.kits,
    parts: l.parts,
    timeLimitMs: l.timeLimitMs,
    checks: l.checks.map((c) => ({ id: c.id, type: c.type, required: c.required })),
    review: l.review,
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  if (teacher) io.stdout.write(await courseNotesText(lessons, lang));
  const allKits = builtinKits().length;
  for (const row of rows) {
    const kits = row.kits.length === allKits ? reportText('allKits', lang) : row.kits.join(', ');
    const parts =
      row.parts.length > 0
        ? localize('{parts}', { parts: row.parts }, lang)
        : reportText('noParts', lang);
    const time = reportText('seconds', lang, { s: row.timeLimitMs / 1000 });
    io.stdout.write(`${String(row.order).padStart(2)}  ${row.id.padEnd(18)} ${row.title}\n`);
    io.stdout.write(`    ${kits} · ${parts} · ${time}\n`);
    if (teacher) io.stdout.write(`    ${reviewLine(row.review, lang)}\n`);
  }
  if (teacher) {
    io.stdout.write(`\n${say(TEACHER_WORDS, 'howToReview', lang)}\n`);
    io.stdout.write(`${say(TEACHER_WORDS, 'alsoCli', lang, { lesson: '4' })}\n`);
  }
  return EXIT.ok;
}

/** Markdown sections, each `## heading` then its text. */
function sectionsText(
  titles: Record<string, Record<Lang, string>>,
  sections: Record<string, string>,
  lang: Lang,
): string {
  return Object.keys(titles)
    .map((key) => `## ${titles[key]?.[lang]}\n\n${sections[key]}\n`)
    .join('\n');
}

/** A lesson's notes for teachers as the terminal shows them (Markdown, as written). */
function lessonNotesText(lesson: Lesson, notes: TeacherNotes, lang: Lang): string {
  const minutes = say(TEACHER_WORDS, 'minutes', lang, { count: notes.minutes });
  return [
    `# ${notes.title}`,
    '',
    `${say(TEACHER_WORDS, 'lesson', lang)} ${lesson.order} · ${lesson.id} · ${minutes}`,
    reviewLine(lesson.review, lang),
    '',
    sectionsText(TEACHER_SECTION_TITLES, notes.sections, lang),
  ].join('\n');
}

/** The course's notes for teachers, the pacing plan's table in its section. */
async function courseNotesText(lessons: readonly Lesson[], lang: Lang): Promise<string> {
  const course = (await loadCourseNotes())[lang];
  const minutes = await Promise.all(
    lessons.map(async (l) => (await loadTeacherNotes(l.folder))[lang].minutes),
  );
  const plan = pacingPlan(
    lessons.map((l, i) => ({ order: l.order, id: l.id, minutes: minutes[i] ?? 0 })),
  );
  const week = say(TEACHER_WORDS, 'week', lang);
  const table = plan.map((row, i) => {
    const time = say(TEACHER_WORDS, 'minutes', lang, { count: row.minutes });
    const title = lessons[i]?.title[lang] ?? '';
    return `${String(row.week).padStart(week.length)}  ${String(row.order).padStart(2)}  ${row.id.padEnd(18)} ${time.padEnd(12)} ${title}`;
  });
  const weeks = plan.at(-1)?.week ?? 0;
  const pacing = [
    course.sections.pacing,
    '',
    `${week}  ${say(TEACHER_WORDS, 'lesson', lang).padEnd(22)} ${say(TEACHER_WORDS, 'classTime', lang)}`,
    ...table,
    '',
    say(TEACHER_WORDS, 'pacingNote', lang, {
      minutes: PERIOD_MINUTES,
      perWeek: PERIODS_PER_WEEK,
      weeks,
    }),
  ].join('\n');
  const sections = { ...course.sections, pacing };
  return `# ${course.title}\n\n${sectionsText(COURSE_SECTION_TITLES, sections, lang)}\n`;
}
