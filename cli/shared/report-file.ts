// The --report file of mekong grade and mekong compete: .html or .csv, in a folder that exists.
import { stat, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { reportText } from '../../lessons/report-texts.ts';
import { type Lang, MekongError, phrase, type TextParam } from '../../robot/index.ts';
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

/** Checks a --report file name before the work, so a typo does not waste a class's grading. */
export async function checkReportPath(file: string): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.csv')
    throw badReport(file, ext ? phrase('notExtension', { ext }) : phrase('noExtension'));
  try {
    if (!(await stat(dirname(resolve(file)))).isDirectory()) throw new Error('ENOTDIR');
  } catch {
    throw badReport(file, phrase('folderMissing'));
  }
}

/** Writes the --report `file` and says so on stderr; BAD_OPTION when it cannot be written. */
export async function writeReport(
  file: string,
  text: string,
  io: CliIo,
  lang: Lang,
): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    throw badReport(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  io.stderr.write(`${reportText('reportWritten', lang, { file })}\n`);
}
