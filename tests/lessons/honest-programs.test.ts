import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { seedList } from '../../lessons/grade.ts';
import { gradeWithReasons } from './grade-failures.ts';
import { studentTypeProblems } from './student-types.ts';

/*
 * Programs written the way different students would write them from the lesson's text
 * (other thresholds the text allows, another structure): tests/lessons/honest/<folder>/.
 * Each must pass `mekong grade` on every kit the lesson lists, for 10 seeds: the checks
 * ask for what the text teaches, not for the reference solution's way of doing it.
 */
const HONEST = join(import.meta.dirname, 'honest');
const SEEDS = seedList(10);

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

const folders = readdirSync(HONEST).sort();

describe.each(folders)('honest programs for lesson %s', async (folder) => {
  const lesson = await loadLesson(folder);
  const programs = readdirSync(join(HONEST, folder))
    .filter((name) => name.endsWith('.ts'))
    .sort();

  it('are at least three, and type-check against the student API', () => {
    expect(programs.length).toBeGreaterThanOrEqual(3);
    expect(studentTypeProblems(programs.map((name) => join(HONEST, folder, name)))).toEqual([]);
  });

  const cases = programs.flatMap((name) => lesson.kits.map((kit) => [name, kit] as const));
  it.each(cases)('%s passes on %s for 10 seeds', (name, kitId) => {
    const source = readFileSync(join(HONEST, folder, name), 'utf8');
    const { grade, failures } = gradeWithReasons(lesson, kitId, { name, source }, SEEDS, quickjs);
    expect(failures).toEqual([]);
    expect(grade.passed).toBe(true);
  });
});
