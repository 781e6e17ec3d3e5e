// The --report file of mekong grade and mekong compete: .html or .csv, in a folder that exists,
// replacing a file only with --force.
import { constants } from 'node:fs';
import { open, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { reportText } from '../../lessons/report-texts.ts';
import { type Lang, MekongError, phrase, type TextParam } from '../../robot/index.ts';
import { cliText } from '../cli-text.ts';
import type { CliIo } from '../io.ts';
import '../texts/cli-phrases.ts';

/** BAD_OPTION for a --report file: {why} it cannot be written. */
export function badReport(file: string, why: TextParam): MekongError {
  return new MekongError('BAD_OPTION', {
    option: '--report',
    value: file,
    expected: phrase('reportFile', { why }),
  });
}

/**
 * Checks the --report file before the work, so a typo or a folder that cannot be written
 * does not waste a class's grading: its extension, its folder, that it can be opened for
 * writing (access() would say yes to root on a read-only place), and that it replaces a
 * report only with --force. Returns whether a report is there to replace.
 */
export async function checkReportPath(file: string, force: boolean): Promise<boolean> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.csv')
    throw badReport(file, ext ? phrase('notExtension', { ext }) : phrase('noExtension'));
  const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);
  const info = await stat(file).catch((error) => {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return undefined;
    throw badReport(file, phrase('notWritable', { code: code(error) }));
  });
  if (info?.isDirectory()) throw badReport(file, phrase('isFolder'));
  if (info && !info.isFile()) throw badReport(file, phrase('notRegularFile'));
  if (info && !force) {
    throw new MekongError('BAD_OPTION', {
      option: '--report',
      value: file,
      expected: phrase('reportExists'),
    });
  }
  if (!info && !(await stat(dirname(resolve(file))).catch(() => undefined))?.isDirectory())
    throw badReport(file, phrase('folderMissing'));
  try {
    // Opens as the write will, without changing the report that is there.
    const handle = await open(file, info ? constants.O_WRONLY : 'wx');
    await handle.close();
    if (!info) await rm(file);
  } catch (error) {
    throw badReport(file, phrase('notWritable', { code: code(error) }));
  }
  return info !== undefined;
}

/**
 * Writes the --report `file` and says so on stderr (that it replaced one, when `replacing`);
 * BAD_OPTION when it cannot be written.
 */
export async function writeReport(
  file: string,
  text: string,
  io: CliIo,
  lang: Lang,
  replacing: boolean,
): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    throw badReport(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const written = replacing
    ? cliText('reportReplaced', lang, { file })
    : reportText('reportWritten', lang, { file });
  io.stderr.write(`${written}\n`);
}
