import { reportText } from '../../lessons/report-texts.ts';
import { builtinKits, localize } from '../../robot/index.ts';
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
}

/** `mekong lessons [--json]`: the course, in order. */
export async function lessonsCommand(
  options: OptionsOf<typeof LESSONS_OPTIONS>,
  io: CliIo,
): Promise<number> {
  const lessons = await loadLessons();
  const rows: LessonJson[] = lessons.map((l) => ({
    id: l.id,
    order: l.order,
    folder: l.folder,
    title: l.title[options.lang],
    kits: l.kits,
    parts: l.parts,
    timeLimitMs: l.timeLimitMs,
    checks: l.checks.map((c) => ({ id: c.id, type: c.type, required: c.required })),
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  const allKits = builtinKits().length;
  for (const row of rows) {
    const kits =
      row.kits.length === allKits ? reportText('allKits', options.lang) : row.kits.join(', ');
    const parts =
      row.parts.length > 0
        ? localize('{parts}', { parts: row.parts }, options.lang)
        : reportText('noParts', options.lang);
    const time = reportText('seconds', options.lang, { s: row.timeLimitMs / 1000 });
    io.stdout.write(`${String(row.order).padStart(2)}  ${row.id.padEnd(18)} ${row.title}\n`);
    io.stdout.write(`    ${kits} · ${parts} · ${time}\n`);
  }
  return EXIT.ok;
}
