import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFolders } from '../../cli/runtime/load-lessons.ts';
import { studentTypeProblems } from './student-types.ts';

/*
 * The student programs kept as fixtures (tests/lessons/fixtures/<lesson>/, graded by
 * student-programs.test.ts and the course bench) are programs a student could write: every
 * lesson has some, and each, honest or blind, type-checks against the student API.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe.each(await lessonFolders())('student programs for lesson %s', (folder) => {
  const files = (sub: string) => {
    try {
      return readdirSync(join(FIXTURES, folder, sub))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(FIXTURES, folder, sub, name));
    } catch {
      return [];
    }
  };

  it('are at least three, and all type-check against the student API', () => {
    const honest = files('');
    expect(honest.length).toBeGreaterThanOrEqual(3);
    expect(studentTypeProblems([...honest, ...files('blind')])).toEqual([]);
  });
});
