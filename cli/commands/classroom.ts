import { readFile, writeFile } from 'node:fs/promises';
import { fill, MekongError } from '../../robot/index.ts';
import { migrate } from '../hub/migrations.ts';
import { openHubDatabase } from '../hub/open-database.ts';
import { openQueue } from '../hub/queue.ts';
import {
  type ClassroomFile,
  EXPORT_FORMAT,
  exportClassroom,
  importClassroom,
} from '../hub/transfer.ts';
import { badOption, type CliIo, EXIT } from '../io.ts';
import type { ClassroomOptions } from '../verbs.ts';
import '../hub/hub-errors.ts';
import { CLASSROOM_WORDS } from '../texts/verb-words.ts';

const TEXT = CLASSROOM_WORDS.texts;

const ACTIONS = ['export', 'import'] as const;

async function readExport(file: string): Promise<ClassroomFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new MekongError('HUB_BAD_EXPORT', { file, detail: (error as Error).message });
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT)
    throw new MekongError('HUB_BAD_EXPORT', { file, detail: `format ${String(format)}` });
  return data as ClassroomFile;
}

/**
 * `mekong classroom export|import <file> [--data <dir>]`: writes the hub's classes, rosters
 * and hand-ins (with grades) to a JSON file, or adds those of a file to this hub's
 * database (the data folder, or DATABASE_URL's server).
 */
export async function classroomCommand(
  action: string,
  file: string,
  options: ClassroomOptions,
  io: CliIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw badOption('<action>', action, { type: 'oneOf', choices: ACTIONS });
  }
  const db = await openHubDatabase(options.data, env);
  const say = (key: keyof typeof TEXT, params: Record<string, unknown>) =>
    io.stdout.write(`${fill(TEXT[key][options.lang], params)}\n`);
  try {
    await migrate(db);
    if (action === 'export') {
      const data = await exportClassroom(db);
      await writeFile(file, `${JSON.stringify(data, null, 1)}\n`, 'utf8');
      say('exported', { classes: data.classes.length, handins: data.handins.length, file });
      return EXIT.ok;
    }
    const data = await readExport(file);
    const queue = await openQueue(db);
    try {
      const added = await importClassroom(db, queue, data);
      say('imported', { handins: added, classes: data.classes.length, file });
    } finally {
      await queue.stop();
    }
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
