import { findLesson } from '../../lessons/find-lesson.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { reportText } from '../../lessons/report-texts.ts';
import { reviewLine, TEACHER_WORDS } from '../../lessons/texts/teacher-texts.ts';
import { builtinKits, localize, say } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { loadLessons } from '../runtime/load-lessons.ts';
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
 * `mekong lessons [--json] [--teacher]`: the course, in order; with --teacher, which
 * translations await review. `mekong lessons --starter <lesson>`: that lesson's starter
 * program in the reader's language.
 */
export async function lessonsCommand(
  options: OptionsOf<typeof LESSONS_OPTIONS>,
  io: CliIo,
): Promise<number> {
  const lessons = await loadLessons();
  const { lang } = options;
  if (options.starter !== undefined) {
    io.stdout.write(findLesson(lessons, options.starter).starter[lang]);
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
    if (options.teacher) io.stdout.write(`    ${reviewLine(row.review, lang)}\n`);
  }
  if (options.teacher) io.stdout.write(`\n${say(TEACHER_WORDS, 'howToReview', lang)}\n`);
  return EXIT.ok;
}
