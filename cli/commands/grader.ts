import { fill, MekongError } from '../../robot/index.ts';
import { openServer } from '../hub/database.ts';
import { handinGrader } from '../hub/grader.ts';
import { migrate } from '../hub/migrations.ts';
import { openQueue } from '../hub/queue.ts';
import { type CliIo, EXIT } from '../io.ts';
import { loadLessons } from '../runtime/load-lessons.ts';
import { untilStopped } from '../shared/until-stopped.ts';
import type { GraderOptions } from '../verbs.ts';
import '../hub/hub-errors.ts';
import { GRADER_WORDS } from '../texts/verb-words.ts';

const TEXT = GRADER_WORDS.texts;

/**
 * `mekong grader [--workers <n>]`: on another computer, takes hand-ins from the queue of
 * the hub's PostgreSQL server (DATABASE_URL) and grades them with this computer's worker
 * threads, until SIGINT (Ctrl+C) or SIGTERM.
 */
export async function graderCommand(
  options: GraderOptions,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const url = env.DATABASE_URL;
  if (!url) throw new MekongError('HUB_NEEDS_SERVER', {});
  const db = await openServer(url);
  try {
    await migrate(db);
    const lessons = new Map((await loadLessons()).map((l) => [l.id, l]));
    const queue = await openQueue(db);
    await queue.work(
      handinGrader({
        lessons,
        now: () => performance.now(),
        ...(options.workers ? { workers: options.workers } : {}),
      }),
    );
    io.stdout.write(`${fill(TEXT.grading[options.lang], { where: db.where })}\n`);
    await untilStopped();
    await queue.stop();
  } finally {
    await db.close();
  }
  return EXIT.ok;
}
