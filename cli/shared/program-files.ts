// The student programs a verb is given: files as named, folders searched (mekong grade,
// mekong compete).
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isBlocksFile } from '../../robot/blocks/blocks-file.ts';
import { type ErrorData, errorData } from '../../robot/errors.ts';
import { isMekongError, type Lang, MekongError, phrase } from '../../robot/index.ts';
import { loadProgram } from '../io.ts';
import '../texts/cli-phrases.ts';

const PROGRAM_EXTENSIONS = new Set(['.ts', '.js']);

/** Folders never searched for programs. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** The .ts, .js and .blocks.json files in `dir` and its subfolders (one per student, or a folder per student). */
async function programsIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await programsIn(path)));
    else if (
      entry.isFile() &&
      (PROGRAM_EXTENSIONS.has(extname(entry.name)) || isBlocksFile(entry.name))
    )
      out.push(path);
  }
  return out;
}

/** Every program named on the command line: files as they are, folders searched. */
export async function collectPrograms(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new MekongError('FILE_UNREADABLE', {
        file: path,
        detail: phrase('noSuchFileOrFolder'),
        format: phrase('programOrFolderFormat'),
      });
    }
    if (info.isDirectory()) {
      const found = await programsIn(path);
      if (found.length === 0) {
        throw new MekongError('BAD_OPTION', {
          option: '<program-or-folder>',
          value: path,
          expected: phrase('programFolder'),
        });
      }
      files.push(...found);
    } else files.push(path);
  }
  return [...new Set(files)];
}

/** A competition's program as read from its file. */
export interface Entrant {
  source: string;
  language: 'ts' | 'js';
  fileName: string;
  /** Why the file is no program: it competes as an empty one and loses with this error. */
  unreadable?: ErrorData;
}

/**
 * The program in `file` for a competition. A program file (.ts, .js, .blocks.json) whose
 * content is refused (malformed or too big, an unknown block) becomes an unreadable entrant
 * that loses its matches with the reason, so one bad file never stops the competition; any
 * other file is refused as by loadProgram.
 */
export async function loadEntrant(file: string, lang: Lang = 'en'): Promise<Entrant> {
  const isProgram = isBlocksFile(file) || PROGRAM_EXTENSIONS.has(extname(file));
  try {
    return await loadProgram(file, lang);
  } catch (error) {
    if (!isProgram || !isMekongError(error)) throw error;
    return {
      source: '',
      language: 'ts',
      fileName: basename(file),
      unreadable: errorData(error),
    };
  }
}
