import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { gradeClass } from '../../cli/runtime/grade-pool.ts';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import type { ProgramSource } from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { getKit } from '../../robot/index.ts';

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

/** What grading a lesson's fixtures on one kit found (empty lists: all as expected). */
export interface FixtureSweep {
  /** Honest programs meant for this kit, and those meant for every kit. */
  honest: number;
  everyKit: number;
  blind: number;
  /** Honest programs that failed, with the reason of the first required check that failed. */
  honestFailed: string[];
  /** Blind programs that passed. */
  blindPassed: string[];
}

/**
 * Grades the fixtures of `lesson` on `kitId` with `seeds` in the worker pool, as `mekong
 * grade` does: the honest programs meant for that kit, then the blind ones.
 */
export async function sweepFixtures(
  lesson: Lesson,
  kitId: string,
  seeds: readonly number[],
  quickjs: QuickJSWASMModule,
  workers: number,
): Promise<FixtureSweep> {
  const honest = (await studentPrograms(lesson.folder)).filter(
    (p) => p.kits === undefined || p.kits.includes(kitId),
  );
  const blind = await studentPrograms(lesson.folder, 'blind');
  const grades = await gradeClass({
    lesson,
    kit: getKit(kitId),
    seeds: [...seeds],
    programs: [...honest, ...blind],
    quickjs,
    now: () => performance.now(),
    workers,
  });
  const honestFailed = grades
    .slice(0, honest.length)
    .filter((g) => !g.passed)
    .map((g) => {
      const check = g.checks.find((c) => !c.passed && c.required);
      const why = check ? describeGradeCheck(check, seeds.length, 'en', lesson.names) : '';
      return `${g.program}: ${why}`;
    });
  return {
    honest: honest.length,
    everyKit: honest.filter((p) => p.kits === undefined).length,
    blind: blind.length,
    honestFailed,
    blindPassed: grades
      .slice(honest.length)
      .filter((g) => g.passed)
      .map((g) => g.program),
  };
}
