import { beforeAll, describe, expect, it } from 'vitest';
import {
  lessonFolders,
  loadCourseNotes,
  loadLessons,
  loadTeacherNotes,
} from '../../cli/runtime/load-lessons.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import {
  pacingPlan,
  parseTeacherNotes,
  TEACHER_SECTION_TITLES,
  type TeacherNotes,
} from '../../lessons/teacher-notes.ts';
import { reviewLine } from '../../lessons/texts/teacher-texts.ts';
import { LANGS, type Lang } from '../../robot/index.ts';

/*
 * The notes for teachers (lessons/NN-id/teacher/<lang>.md and lessons/teacher/<lang>.md):
 * every lesson has them in every language, with every section the issue asks for, and a
 * malformed file is refused naming the file and the section.
 */

let lessons: Lesson[];
const notes = new Map<string, Record<Lang, TeacherNotes>>();
beforeAll(async () => {
  lessons = await loadLessons();
  for (const folder of await lessonFolders()) notes.set(folder, await loadTeacherNotes(folder));
});

const GOOD = `# Hello: notes

## Objectives

- run a program

## Class time

**45 minutes**: 5 warm-up, 40 programming.

## What to prepare

- computers

## Common mistakes and how to help

- a missing await

## Rubric

- **Beginning**: with help.
- **Developing**: passes the check.
- **Mastered**: explains it.

## Unplugged warm-up

Play robot.
`;

describe('the notes for teachers', () => {
  it('exist for every lesson in every language, with the same class time in each', () => {
    expect([...notes.keys()]).toEqual(lessons.map((l) => l.folder).sort());
    for (const [folder, byLang] of notes) {
      const minutes = LANGS.map((lang) => byLang[lang].minutes);
      expect(new Set(minutes).size, folder).toBe(1);
      expect(minutes[0], folder).toBeGreaterThanOrEqual(30);
      expect(minutes[0], folder).toBeLessThanOrEqual(135);
    }
  });

  it('have the same sections with as many list items in every language', () => {
    for (const [folder, byLang] of notes) {
      for (const key of Object.keys(
        TEACHER_SECTION_TITLES,
      ) as (keyof typeof byLang.en.sections)[]) {
        const items = LANGS.map(
          (lang) => byLang[lang].sections[key].split('\n').filter((l) => /^[-*] /.test(l)).length,
        );
        expect(new Set(items).size, `${folder} ${key} ${items}`).toBe(1);
      }
    }
  });

  it('mention the same robot calls in every language', () => {
    for (const [folder, byLang] of notes) {
      const calls = LANGS.map((lang) => {
        const text = Object.values(byLang[lang].sections).join('\n');
        return [...new Set(text.match(/robot\.\w+/g) ?? [])].sort().join(' ');
      });
      expect(new Set(calls).size, `${folder}: ${calls.join(' | ')}`).toBe(1);
    }
  });

  it('the course overview exists in every language with its three sections', async () => {
    const course = await loadCourseNotes();
    for (const lang of LANGS) {
      expect(course[lang].title).not.toBe('');
      expect(course[lang].sections.pacing).not.toBe('');
      expect(course[lang].sections.grading).not.toBe('');
    }
  });

  it('refuse a class time without minutes, naming the file and the section', () => {
    expect(() =>
      parseTeacherNotes(GOOD.replace('**45 minutes**', 'one period'), 'en', 'x/teacher/en.md'),
    ).toThrow('x/teacher/en.md: "## Class time" does not start with the minutes');
    expect(parseTeacherNotes(GOOD, 'en', 'x').minutes).toBe(45);
  });

  it('refuse a rubric of two levels, saying how many it has', () => {
    const twoLevels = GOOD.replace('- **Mastered**: explains it.\n', '');
    expect(() => parseTeacherNotes(twoLevels, 'en', 'x/teacher/en.md')).toThrow(
      'x/teacher/en.md: "## Rubric" has 2 levels',
    );
  });

  it('refuse a missing section (the warm-up)', () => {
    const noWarmup = GOOD.slice(0, GOOD.indexOf('## Unplugged warm-up'));
    expect(() => parseTeacherNotes(noWarmup, 'en', 'x/teacher/en.md')).toThrow(
      'x/teacher/en.md: "## Unplugged warm-up" is missing',
    );
  });
});

describe('the pacing plan', () => {
  it('gives each lesson whole periods of 45 minutes, two a week, in course order', () => {
    const plan = pacingPlan([
      { order: 1, id: 'a', minutes: 45 },
      { order: 2, id: 'b', minutes: 90 },
      { order: 11, id: 'c', minutes: 50 },
      { order: 3, id: 'd', minutes: 45 },
    ]);
    expect(plan.map((r) => [r.order, r.week, r.periods])).toEqual([
      [1, 1, 1],
      [2, 1, 2],
      [11, 2, 2],
      [3, 3, 1],
    ]);
  });
});

describe('the review line', () => {
  it('names the translations awaiting review, or says all are reviewed', () => {
    expect(reviewLine({ vi: 'draft', lo: 'draft' }, 'en')).toBe(
      'Translation awaiting review by a native-speaking teacher: Vietnamese and Lao',
    );
    expect(reviewLine({ vi: 'reviewed', lo: 'draft' }, 'vi')).toBe(
      'Bản dịch đang chờ giáo viên bản ngữ xem lại: tiếng Lào',
    );
    expect(reviewLine({ vi: 'reviewed', lo: 'reviewed' }, 'en')).toBe(
      'Every translation has been reviewed.',
    );
  });
});
