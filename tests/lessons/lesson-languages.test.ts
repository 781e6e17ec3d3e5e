import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonFolders, loadLessons, readLessonFiles } from '../../cli/runtime/load-lessons.ts';
import { type Lesson, parseLesson, starterFile } from '../../lessons/lesson-files.ts';
import { isMekongError, LANGS, type Lang } from '../../robot/index.ts';
import { builtinWorld, builtinWorldIds } from '../../simulator/world/load-world.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';
import { textIn, type WorldText } from '../../simulator/world/world-text.ts';
import { ENGLISH, latinWords, prose } from '../robot/i18n/english-left.ts';
import { translationProblems } from './program-tokens.ts';

/*
 * Students read a lesson in their own language: its text, its starter program, the names of
 * its worlds and the labels on their floors. Notes for teachers (a translation awaiting
 * review) are never in front of a student.
 */

let lessons: Lesson[];
beforeAll(async () => {
  lessons = await loadLessons();
});

/** Why `text` is not worded in every language (empty when it is). */
function wordingProblems(what: string, text: WorldText | undefined): string[] {
  if (text === undefined) return [`${what}: none`];
  if (typeof text === 'string') return [`${what}: "${text}" in every language`];
  const problems: string[] = [];
  const check = (lang: Lang, english: boolean) => {
    if (english) problems.push(`${what} (${lang}): English left in "${text[lang]}"`);
  };
  check('vi', ENGLISH.test(prose(text.vi)) || text.vi === text.en);
  check('lo', latinWords(text.lo).length > 0 || !/[\u0E80-\u0EFF]/.test(text.lo));
  return problems;
}

/** Every name and label of `world` that is not worded in every language. */
function worldProblems(file: string, world: WorldSpec): string[] {
  return [
    ...wordingProblems(`${file} name`, world.name),
    ...world.zones.flatMap((zone) => wordingProblems(`${file} zone ${zone.id}`, zone.label)),
  ];
}

describe.each(await lessonFolders())('lesson %s in English, Vietnamese and Lao', (folder) => {
  const lesson = () => lessons.find((l) => l.folder === folder) as Lesson;

  it('has a starter per language: the same code, its comments and printed texts translated', () => {
    for (const lang of ['vi', 'lo'] as const) {
      expect(lesson().starter[lang], lang).not.toBe(lesson().starter.en);
      expect(translationProblems(lesson().starter.en, lesson().starter[lang], lang), lang).toEqual(
        [],
      );
    }
  });

  it('names its worlds and labels their zones in every language', () => {
    const problems = lesson().worlds.flatMap((world, i) =>
      worldProblems(lesson().worldFiles[i] as string, world),
    );
    expect(problems).toEqual([]);
  });
});

describe('the starter files', () => {
  it('a lesson without the starter of a language is refused, naming the file', async () => {
    const files = await readLessonFiles('04-stop-at-wall');
    const { [starterFile('lo')]: _, ...withoutLao } = files;
    let error: unknown;
    try {
      parseLesson('04-stop-at-wall', withoutLao);
    } catch (thrown) {
      error = thrown;
    }
    expect(isMekongError(error) && error.code).toBe('FILE_UNREADABLE');
    expect(isMekongError(error) && error.params.file).toBe('lessons/04-stop-at-wall/starter.lo.ts');
  });

  it('the checks catch other code, a comment left out and English left in', () => {
    const en =
      "// Drive to the wall.\nawait robot.forward(30); // not far enough\nconsole.log('The wall');\n";
    const vi =
      "// Chạy tới bức tường.\nawait robot.forward(30); // chưa đủ xa\nconsole.log('Bức tường');\n";
    expect(translationProblems(en, vi, 'vi')).toEqual([]);
    expect(translationProblems(en, vi.replace('30', '40'), 'vi')[0]).toMatch(/other code/);
    expect(translationProblems(en, vi.replace(' // chưa đủ xa', ''), 'vi')[0]).toMatch(
      /comments: 1, English: 2/,
    );
    expect(translationProblems(en, vi.replace('chưa đủ xa', 'not far enough'), 'vi')).toEqual([
      'English left in "not far enough"',
    ]);
    const lo = en.replace('Drive to the wall.', 'ຂັບໄປຫາຝາ.');
    expect(translationProblems(en, lo, 'lo')).toContain('English left in "not far enough"');
    expect(translationProblems(en, lo, 'lo')).toContain('English left in "The wall"');
  });
});

describe('the builtin worlds', () => {
  it('have names and zone labels in every language', () => {
    const problems = builtinWorldIds().flatMap((id) =>
      worldProblems(`${id}.json`, builtinWorld(id) as WorldSpec),
    );
    expect(problems).toEqual([]);
    const playground = builtinWorld('playground') as WorldSpec;
    expect(LANGS.map((lang) => textIn(playground.name as WorldText, lang))).toEqual([
      'Playground',
      'Sân chơi',
      'ສະໜາມຫຼິ້ນ',
    ]);
  });

  it('the checks catch a name left in English', () => {
    expect(wordingProblems('x', 'Playground')).toEqual(['x: "Playground" in every language']);
    expect(wordingProblems('x', { en: 'Goal', vi: 'Goal', lo: 'Goal' })).toEqual([
      'x (vi): English left in "Goal"',
      'x (lo): English left in "Goal"',
    ]);
  });
});

describe('notes for teachers stay out of what students read', () => {
  const ROOT = resolve(import.meta.dirname, '../..');

  it('no lesson text says its translation awaits review', () => {
    const notes = /native|review|bản ngữ|nhóm phát triển|giáo viên người Việt|ທີມພັດທະນາ|ຄູທີ່ເປັນຄົນລາວ/i;
    for (const lesson of lessons) {
      for (const lang of LANGS) {
        const text = lesson.texts[lang];
        const shown = [text.title, ...Object.values(text.sections), lesson.starter[lang]];
        expect(
          shown.filter((s) => notes.test(s)),
          `${lesson.folder} ${lang}`,
        ).toEqual([]);
      }
    }
  });

  it('docs/teachers.md lists the translations awaiting review, as the lessons mark them', () => {
    const page = readFileSync(resolve(ROOT, 'docs/teachers.md'), 'utf8');
    const listed = [...page.matchAll(/^\| (\d+) +\| `[a-z-]+` +\| ([^|]+?) +\| ([^|]+?) +\|$/gm)];
    const status = (s: string) => (s === 'awaiting review' ? 'draft' : s);
    expect(
      listed.map((m) => [Number(m[1]), { vi: status(m[2] ?? ''), lo: status(m[3] ?? '') }]),
    ).toEqual(lessons.map((l) => [l.order, l.review]));
  });
});
