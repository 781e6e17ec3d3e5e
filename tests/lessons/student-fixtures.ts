import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgramSource } from '../../lessons/grade.ts';

/** Where the programs "written by students" of each lesson live: `fixtures/<lesson folder>/`. */
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

/** A student program of a lesson, and the kits it is meant for. */
export interface StudentProgram extends ProgramSource {
  /** From a first line `// kits: a, b`; undefined: every kit of the lesson. */
  kits: string[] | undefined;
}

/** The programs in `fixtures/<folder>/<sub>` (sorted), or none when there is no such folder. */
export async function studentPrograms(folder: string, sub = ''): Promise<StudentProgram[]> {
  const dir = join(FIXTURES_DIR, folder, sub);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const source = await readFile(join(dir, name), 'utf8');
      const kits = /^\/\/ kits: (.+)$/m.exec(source.split('\n')[0] ?? '')?.[1];
      return {
        program: join(folder, sub, name),
        source,
        language: 'ts' as const,
        fileName: name,
        kits: kits?.split(',').map((k) => k.trim()),
      };
    }),
  );
}
