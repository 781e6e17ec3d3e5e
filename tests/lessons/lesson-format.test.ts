import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_LESSONS_DIR,
  lessonFolders,
  loadLessons,
  readLessonFiles,
} from '../../cli/runtime/load-lessons.ts';
import {
  bundledLessonCatalog,
  bundledLessonFiles,
  bundledLessons,
} from '../../lessons/browser-lessons.ts';
import { findLesson } from '../../lessons/find-lesson.ts';
import { kitHasPart, type Lesson, parseLesson, starterFile } from '../../lessons/lesson-files.ts';
import { lessonProblemText } from '../../lessons/lesson-problem.ts';
import { SECTION_KEYS } from '../../lessons/lesson-text.ts';
import { builtinKits, getKit, LANGS, PART_OF, type RobotMethod } from '../../robot/index.ts';
import { thrown } from '../robot/thrown.ts';
import { studentTypeProblems } from './student-types.ts';

let lessons: Lesson[];
beforeAll(async () => {
  lessons = await loadLessons();
});

function methodsIn(source: string): Set<string> {
  return new Set([...source.matchAll(/robot\.(\w+)\(/g)].map((m) => m[1] as string));
}

/** The lesson numbers in course order. */
const COURSE = [1, 2, 3, 11, 12, 13, 4, 14, 5, 15, 6, 7, 8, 9, 10];

describe('the course', () => {
  it('has the lessons in course order (new ones placed with "after"), each from its own folder', async () => {
    expect(lessons.map((l) => l.order)).toEqual(COURSE);
    expect(await lessonFolders()).toEqual(lessons.map((l) => l.folder).sort());
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
  });

  it('the browser bundle (Vite import.meta.glob) holds the same lessons as the folders', () => {
    expect(bundledLessons()).toEqual(lessons);
  });

  it('the web app shows a lesson folder that does not load, in its language, and the others', () => {
    const files = bundledLessonFiles();
    const broken = files['04-stop-at-wall'] as Record<string, string>;
    const json = JSON.parse(broken['lesson.json'] as string);
    delete json.world;
    files['04-stop-at-wall'] = { ...broken, 'lesson.json': JSON.stringify(json) };
    const { lessons: loaded, problems } = bundledLessonCatalog(files);
    // Lesson 14 comes after lesson 4: without it, it takes its place by number.
    expect(loaded.map((l) => l.order)).toEqual([...COURSE.filter((n) => n !== 4 && n !== 14), 14]);
    expect(problems.map((p) => p.folder)).toEqual(['04-stop-at-wall']);
    const [problem] = problems as [(typeof problems)[0]];
    expect(lessonProblemText(problem, 'en')).toMatch(/lesson\.json.*world/s);
    expect(lessonProblemText(problem, 'lo')).toMatch(/[\u0E80-\u0EFF]/);
    expect(lessonProblemText(problem, 'vi')).not.toBe(lessonProblemText(problem, 'en'));
    expect(() => bundledLessons()).not.toThrow();
  });

  it('finds a lesson by id, folder or number, and names the choices otherwise', () => {
    expect(findLesson(lessons, 'stop-at-wall').order).toBe(4);
    expect(findLesson(lessons, '04-stop-at-wall').order).toBe(4);
    expect(findLesson(lessons, '4').id).toBe('stop-at-wall');
    const error = thrown(() => findLesson(lessons, 'flying'));
    expect(error.code).toBe('BAD_OPTION');
    expect(error.message).toContain('flying');
    expect(error.suggestion).toContain('4 stop-at-wall');
  });
});

describe.each(await lessonFolders())('lesson %s', (folder) => {
  const lesson = () => lessons.find((l) => l.folder === folder) as Lesson;

  it('has a valid manifest, world(s), texts and programs', () => {
    expect(lesson().folder).toBe(folder);
    expect(lesson().worlds.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(lesson().starter[lang].trim(), lang).not.toBe('');
    expect(lesson().solution.trim()).not.toBe('');
  });

  it('is complete in English, Vietnamese and Lao, with the same sections and robot calls', () => {
    const calls = methodsIn(Object.values(lesson().texts.en.sections).join('\n'));
    for (const lang of LANGS) {
      const text = lesson().texts[lang];
      expect(text.title, lang).not.toBe('');
      expect(Object.keys(text.sections), lang).toEqual([...SECTION_KEYS]);
      for (const key of SECTION_KEYS)
        expect(text.sections[key].length, `${lang} ${key}`).toBeGreaterThan(40);
      expect(methodsIn(Object.values(text.sections).join('\n')), lang).toEqual(calls);
    }
  });

  it('lists the parts its programs use, and only kits that have them', () => {
    const used = new Set(
      [...methodsIn(lesson().solution), ...methodsIn(lesson().starter.en)]
        .map((m) => PART_OF[m as RobotMethod])
        .filter((p) => p !== undefined),
    );
    expect([...used].every((p) => lesson().parts.includes(p))).toBe(true);
    for (const id of lesson().kits) {
      for (const part of lesson().parts)
        expect(kitHasPart(getKit(id), part), `${id} ${part}`).toBe(true);
    }
    // Every kit that has the parts runs it (none left out by mistake).
    const able = builtinKits().filter((k) => lesson().parts.every((p) => kitHasPart(k, p)));
    expect(lesson().kits.sort()).toEqual(able.map((k) => k.id).sort());
  });

  it('gives every check a hint for students', () => {
    for (const check of lesson().checks) expect(check.hint, check.id).toBeDefined();
  });
});

describe('a malformed lesson gets an error naming the file and the field', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await readLessonFiles('04-stop-at-wall');
  });
  const manifest = () => JSON.parse(files['lesson.json'] as string);
  const parse = (changes: Record<string, string | undefined>) =>
    thrown(() =>
      parseLesson(
        '04-stop-at-wall',
        Object.fromEntries(
          Object.entries({ ...files, ...changes }).filter(([, v]) => v !== undefined),
        ) as Record<string, string>,
      ),
    );

  it('a field of the wrong type', () => {
    const error = parse({ 'lesson.json': JSON.stringify({ ...manifest(), timeLimitMs: '20 s' }) });
    expect(error.code).toBe('FILE_INVALID');
    expect(error.params).toMatchObject({
      file: 'lessons/04-stop-at-wall/lesson.json',
      path: 'timeLimitMs',
    });
  });

  it('a check of an unknown type, and a check field that is wrong', () => {
    const bad = manifest();
    bad.checks[0].type = 'fly-to-moon';
    expect(parse({ 'lesson.json': JSON.stringify(bad) }).params.path).toBe('checks[0].type');
    const wrong = manifest();
    wrong.checks[0].minCm = -5;
    expect(parse({ 'lesson.json': JSON.stringify(wrong) }).params.path).toBe('checks[0].minCm');
  });

  it('a zone the world does not have', () => {
    const bad = manifest();
    bad.checks.push({ id: 'goal', type: 'reach-zone', area: 'nowhere' });
    const error = parse({ 'lesson.json': JSON.stringify(bad) });
    expect(error.params.path).toBe('checks[1].area');
    expect(error.message).toContain('"nowhere"');
  });

  it('a kit without a part the lesson needs', () => {
    const bad = { ...manifest(), parts: ['ultrasonic', 'servo'] };
    const error = parse({ 'lesson.json': JSON.stringify(bad) });
    expect(error.params).toMatchObject({ path: 'kits[1]' });
    expect(error.message).toContain('l9110s-nano');
    expect(error.message).toContain('servo');
  });

  it('an id that does not match the folder', () => {
    const error = parse({ 'lesson.json': JSON.stringify({ ...manifest(), id: 'stop' }) });
    expect(error.params.path).toBe('id');
    expect(error.message).toContain('04-stop');
  });

  it('a broken world file', () => {
    expect(parse({ 'world.json': '{ "size": ' }).params.file).toBe(
      'lessons/04-stop-at-wall/world.json',
    );
    const error = parse({ 'world-short.json': '{ "size": { "width": -3, "height": 100 } }' });
    expect(error.params).toMatchObject({
      file: 'lessons/04-stop-at-wall/world-short.json',
      path: 'size.width',
    });
  });

  it('a text with a missing or misplaced section', () => {
    const vi = files['vi.md'] as string;
    const error = parse({ 'vi.md': vi.replace('## Gợi ý', '## Mẹo') });
    expect(error.params).toMatchObject({ file: 'lessons/04-stop-at-wall/vi.md', path: '"## Mẹo"' });
    const lo = files['lo.md'] as string;
    const swapped = lo
      .replace('## ເປົ້າໝາຍ', '## TMP')
      .replace('## ແນວຄິດໃໝ່', '## ເປົ້າໝາຍ')
      .replace('## TMP', '## ແນວຄິດໃໝ່');
    expect(parse({ 'lo.md': swapped }).message).toContain(
      'is out of order: "## ເປົ້າໝາຍ" must come first',
    );
  });

  it('a note for teachers above the first section, where students would read it', () => {
    const lo = (files['lo.md'] as string).replace(
      /^(# .*\n)/,
      '$1\n> This Lao text wants review by a native-speaking teacher.\n',
    );
    expect(parse({ 'lo.md': lo }).params).toMatchObject({
      file: 'lessons/04-stop-at-wall/lo.md',
      path: '"> This Lao text wants review by a native…"',
    });
  });

  it('a missing program file', () => {
    const error = parse({ 'solution.ts': undefined });
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.params.file).toBe('lessons/04-stop-at-wall/solution.ts');
  });
});

describe("a malformed lesson's error is worded for a Vietnamese or Lao teacher", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await readLessonFiles('04-stop-at-wall');
  });
  const manifest = () => JSON.parse(files['lesson.json'] as string);
  const parse = (changes: Record<string, string>) =>
    thrown(() => parseLesson('04-stop-at-wall', { ...files, ...changes }));
  const withCheck = (check: object) => {
    const bad = manifest();
    bad.checks.push(check);
    return { 'lesson.json': JSON.stringify(bad) };
  };
  const swapped = () =>
    (files['lo.md'] as string)
      .replace('## ເປົ້າໝາຍ', '## TMP')
      .replace('## ແນວຄິດໃໝ່', '## ເປົ້າໝາຍ')
      .replace('## TMP', '## ແນວຄິດໃໝ່');

  /** [what, changed files, file, field, what English says is wrong with it, English fix] */
  const cases: [string, () => Record<string, string>, string, string, string, string][] = [
    [
      'a block the block editor does not have',
      () => ({
        'lesson.json': JSON.stringify({ ...manifest(), newBlocks: ['robot_turn', 'robot_fly'] }),
      }),
      'lesson.json',
      'newBlocks[1]',
      'names a block the block editor does not have: use a toolbox block type, like "robot_forward"',
      'for an example.',
    ],

    [
      'an id that does not match the folder',
      () => ({ 'lesson.json': JSON.stringify({ ...manifest(), id: 'stop' }) }),
      'lesson.json',
      'id',
      'and order give the folder name "04-stop", but the folder is "04-stop-at-wall"',
      'Name the folder after the order (two digits) and the id',
    ],
    [
      'text above the first section',
      () => ({ 'vi.md': (files['vi.md'] as string).replace(/^(# .*\n)/, '$1\nGhi chú\n') }),
      'vi.md',
      '"Ghi chú"',
      'comes before the first section: students read the whole file, so put it in a section (whether a translation awaits review goes in "review" in lesson.json)',
      'A "# " title, then the sections',
    ],
    [
      'a zone the world does not have',
      () => withCheck({ id: 'goal', type: 'reach-zone', area: 'nowhere' }),
      'lesson.json',
      'checks[1].area',
      'names the zone "nowhere", which world.json does not have',
      'Add it to "zones" in world.json.',
    ],
    [
      'a line the world does not have',
      () => withCheck({ id: 'follow', type: 'follow-line', line: 3, minShare: 0.5 }),
      'lesson.json',
      'checks[1].line',
      'is 3, but world.json has 0 lines',
      'Lines are counted from 0',
    ],
    [
      'a kit without a part the lesson needs',
      () => ({ 'lesson.json': JSON.stringify({ ...manifest(), parts: ['ultrasonic', 'servo'] }) }),
      'lesson.json',
      'kits[1]',
      'is "l9110s-nano", which has no servo motor',
      'List only kits that have every part in "parts".',
    ],
    [
      'sections out of order',
      () => ({ 'lo.md': swapped() }),
      'lo.md',
      '"## ແນວຄິດໃໝ່"',
      'is out of order: "## ເປົ້າໝາຍ" must come first',
      'A "# " title, then the sections "## ເປົ້າໝາຍ", "## ແນວຄິດໃໝ່"',
    ],
  ];
  for (const [what, changes, name, field, problem, fix] of cases) {
    it(`${what}: English names the file, the field and the fix; vi and lo word them`, () => {
      const error = parse(changes());
      const file = `lessons/04-stop-at-wall/${name}`;
      expect(error.code).toBe('FILE_INVALID');
      const en = error.text('en');
      expect(en.message).toBe(`${file}: ${field} ${problem}`);
      expect(en.suggestion).toContain(`Fix ${field} in ${file}.`);
      expect(en.suggestion).toContain(fix);
      for (const lang of ['vi', 'lo'] as const) {
        const { message, suggestion } = error.text(lang);
        const text = `${message} ${suggestion}`;
        expect(text, lang).toMatch(
          lang === 'lo'
            ? /[\u0E80-\u0EFF]/
            : /[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữịỉĩíìọỏõóòụủũúù]/,
        );
        expect(message, lang).toContain(`${file}: ${field} `);
        expect(suggestion, lang).toContain(file);
        for (const english of [problem, fix, 'which', 'Fix '])
          expect(text, lang).not.toContain(english);
      }
    });
  }

  it('a lesson that starts in Blocks needs a block starter', () => {
    const { 'starter.blocks.json': _, ...withoutStarter } = files;
    const error = thrown(() => parseLesson('04-stop-at-wall', withoutStarter));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.text('en').message).toBe(
      'lessons/04-stop-at-wall/lesson.json: mode is "blocks", but the lesson has no starter.blocks.json',
    );
    expect(error.text('en').suggestion).toContain('Add a starter.blocks.json');
    expect(error.text('lo').message).toContain('ບົດຮຽນບໍ່ມີ starter.blocks.json');
    // Starting in Code, the same lesson needs none.
    const code = {
      ...withoutStarter,
      'lesson.json': JSON.stringify({ ...manifest(), mode: 'code' }),
    };
    expect(parseLesson('04-stop-at-wall', code).mode).toBe('code');
  });

  it('reads naturally in Vietnamese and Lao', () => {
    const folder = parse({ 'lesson.json': JSON.stringify({ ...manifest(), id: 'stop' }) });
    expect(folder.text('vi').message).toBe(
      'lessons/04-stop-at-wall/lesson.json: id và order cho ra tên thư mục "04-stop", nhưng thư mục có tên "04-stop-at-wall"',
    );
    const kit = parse({
      'lesson.json': JSON.stringify({ ...manifest(), parts: ['ultrasonic', 'servo'] }),
    });
    expect(kit.text('vi').message).toContain(
      'kits[1] là "l9110s-nano", bộ kit này không có động cơ servo',
    );
    expect(kit.text('lo').message).toContain('kits[1] ເປັນ "l9110s-nano", ເຊິ່ງບໍ່ມີ ເຊີໂວມໍເຕີ');
    const order = parse({ 'lo.md': swapped() });
    expect(order.text('lo').message).toBe(
      'lessons/04-stop-at-wall/lo.md: "## ແນວຄິດໃໝ່" ຜິດລຳດັບ: "## ເປົ້າໝາຍ" ຕ້ອງມາກ່ອນ',
    );
  });
});

describe('student programs', () => {
  it('every starter (in every language) and solution type-checks against the student API', async () => {
    const files: string[] = [];
    for (const folder of await lessonFolders()) {
      // A lesson with starter.words.json has only starter.ts: its other starters are its words.
      for (const name of [...LANGS.map(starterFile), 'solution.ts'])
        if (existsSync(join(BUILTIN_LESSONS_DIR, folder, name)))
          files.push(join(BUILTIN_LESSONS_DIR, folder, name));
    }
    expect(studentTypeProblems(files)).toEqual([]);
  });
});
