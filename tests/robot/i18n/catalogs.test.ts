import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { declaration, filesEndingWith, outOfDate } from '../../../.ci/texts-types.js';
import {
  type Catalog,
  defineCatalog,
  type Entry,
  LANGS,
  type Lang,
  localize,
  MekongError,
  phrase,
  registeredCatalogs,
  say,
  type Wording,
} from '../../../robot/index.ts';
import '../../../cli/texts/cli-phrases.ts';
import '../../../lessons/texts/lesson-phrases.ts';
import { MISSING_AWAIT_TEXT } from '../../../robot/program/missing-await-text.ts';
import { ENGLISH, latinWords, prose } from './english-left.ts';
import wrongSlot from './fixtures/wrong-slot.texts.json' with { type: 'json' };

/**
 * One test for every text of the product: it imports every module that defines a catalog
 * (each registers itself) and walks the registry. Every text exists in every language with
 * the same parameters, and no English is left in Vietnamese or Lao except names and code.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['robot', 'lessons', 'firmware-bridge', 'simulator', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const catalogModules = FOLDERS.flatMap((folder) => sources(join(ROOT, folder))).filter(
  (file) =>
    /\bdefineCatalog\(/.test(readFileSync(file, 'utf8')) &&
    !file.endsWith(join('i18n', 'catalog.ts')),
);

/** Every template of a wording, by part and plural form ('' for a plain template). */
function templates(wording: Wording, path = ''): Map<string, string> {
  if (typeof wording === 'string') return new Map([[path, wording]]);
  return new Map(
    Object.entries(wording).flatMap(([key, value]) =>
      key === 'by' ? [] : [...templates(value as Wording, path ? `${path}.${key}` : key)],
    ),
  );
}

const slots = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** The slots of a whole wording (a plural's forms may leave out `{count}`). */
const allSlots = (wording: Wording) =>
  [...new Set([...templates(wording).values()].flatMap(slots))].sort();

/** Parts of a wording (message, suggestion), without plural forms. */
const parts = (wording: Wording) =>
  typeof wording === 'string' || 'other' in wording ? [] : Object.keys(wording).sort();

function entries(): [string, Entry][] {
  return registeredCatalogs().flatMap((catalog: Catalog) =>
    Object.entries(catalog.texts).map(([key, entry]): [string, Entry] => [
      `${catalog.name}: ${key}`,
      entry,
    ]),
  );
}

describe('every text of every catalog', () => {
  beforeAll(async () => {
    for (const file of catalogModules) await import(pathToFileURL(file).href);
  });

  it('finds the catalogs of every layer', () => {
    const names = registeredCatalogs().map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'robot errors',
        'robot phrases',
        'lesson phrases',
        'firmware-bridge errors',
        'firmware-bridge phrases',
        'cli phrases',
        'cli words',
        'cli flash',
        'help words',
        'report words',
        'check reasons',
        'doctor findings',
        'web app',
        'part names',
        'lesson sections',
      ]),
    );
    expect(catalogModules.map((f) => relative(ROOT, f))).toContain(
      join('simulator', 'app', 'i18n', 'ui-text.ts'),
    );
  });

  it('names every catalog once', () => {
    const names = catalogModules.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/defineCatalog\(\s*'([^']+)'/g)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('exists in every language with the same parts and the same parameters', () => {
    const problems: string[] = [];
    for (const [name, entry] of entries()) {
      for (const lang of LANGS) {
        const wording = entry[lang];
        if (wording === undefined) {
          problems.push(`${name}: no ${lang}`);
          continue;
        }
        if ([...templates(wording).values()].some((t) => t.trim() === ''))
          problems.push(`${name}: an empty ${lang} text`);
        if (JSON.stringify(parts(wording)) !== JSON.stringify(parts(entry.en)))
          problems.push(`${name}: ${lang} has parts ${parts(wording)}, en ${parts(entry.en)}`);
        if (JSON.stringify(allSlots(wording)) !== JSON.stringify(allSlots(entry.en)))
          problems.push(`${name}: ${lang} has {${allSlots(wording)}}, en {${allSlots(entry.en)}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves no English in Vietnamese or Lao, except names and code', () => {
    const problems: string[] = [];
    const check = (name: string, lang: Lang, text: string) => {
      if (lang === 'lo') {
        const words = latinWords(text);
        if (words.length > 0) problems.push(`${name} (lo): ${words.join(' ')}`);
      }
      if (lang === 'vi' && ENGLISH.test(prose(text))) problems.push(`${name} (vi): ${text}`);
    };
    const same = (entry: Entry) =>
      latinWords(JSON.stringify(entry.en)).length > 1 &&
      JSON.stringify(entry.vi) === JSON.stringify(entry.en);
    for (const [name, entry] of entries()) {
      if (same(entry)) problems.push(`${name} (vi): the same as en`);
      for (const lang of ['vi', 'lo'] as const) {
        for (const text of templates(entry[lang]).values()) check(name, lang, text);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads every *.texts.json file, and every text comes from one', () => {
    const files = filesEndingWith('.texts.json').filter(
      (file) => !relative(ROOT, file).startsWith('tests'),
    );
    expect(files.length).toBeGreaterThan(40);
    const inCatalogs = new Set(entries().map(([, entry]) => JSON.stringify(entry)));
    const inFiles = new Set<string>();
    const orphans: string[] = [];
    for (const file of files) {
      const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
      if (Object.keys(words).length === 0) orphans.push(`${relative(ROOT, file)}: no text`);
      for (const [key, entry] of Object.entries(words)) {
        inFiles.add(JSON.stringify(entry));
        if (!inCatalogs.has(JSON.stringify(entry)))
          orphans.push(`${relative(ROOT, file)}: ${key} is in no catalog`);
      }
    }
    expect(orphans).toEqual([]);
    const inline = entries().filter(([, entry]) => !inFiles.has(JSON.stringify(entry)));
    expect(inline.map(([name]) => `${name} is in no *.texts.json file`)).toEqual([]);
  });

  it('has the generated types of every *.texts.json file up to date', () => {
    // `npm run check` writes them (node .ci/texts-types.js) before the type check.
    const { write, remove } = outOfDate();
    expect([...write.map(({ path }) => path), ...remove].map((p) => relative(ROOT, p))).toEqual([]);
  });

  it('catches a missing parameter and English left in Lao (the checks themselves work)', () => {
    expect(allSlots({ message: 'a {x}', suggestion: 'b {y}' })).toEqual(['x', 'y']);
    expect(allSlots({ one: 'one step', other: '{count} steps' })).toEqual(['count']);
    expect(latinWords('ແລ່ນ "mekong flash" ອີກ robot.led(true) --port {port}')).toEqual([]);
    expect(latinWords('ເຟີມແວ was written')).toEqual(['was', 'written']);
    expect(ENGLISH.test(prose('Không có tệp this'))).toBe(true);
  });
});

describe('the types of the *.texts.json files (.ci/texts-types.js)', () => {
  it('declares every wording as its literal type', () => {
    const text = declaration(
      JSON.stringify({ steps: { en: { one: 'a step', other: '{count} "steps"' } }, 'a-b': {} }),
      'x.texts.json',
    );
    expect(text).toContain('declare const texts: {');
    expect(text).toContain('  readonly steps: {\n    readonly en: {\n');
    expect(text).toContain('      readonly other: "{count} \\"steps\\"";');
    expect(text).toContain('  readonly "a-b": {};');
    expect(text.endsWith('export default texts;\n')).toBe(true);
  });

  it('finds declarations missing, out of date or left without their JSON file', () => {
    const root = mkdtempSync(join(tmpdir(), 'texts-types-'));
    try {
      const data = join(root, 'lessons', 'x', 'words.texts.json');
      const types = join(root, 'lessons', 'x', 'words.texts.d.json.ts');
      mkdirSync(dirname(data), { recursive: true });
      writeFileSync(data, JSON.stringify({ hi: { en: 'hi', vi: 'chào', lo: 'ສະບາຍດີ' } }));
      expect(outOfDate(root).write.map(({ path }) => path)).toEqual([types]);
      for (const { path, text } of outOfDate(root).write) writeFileSync(path, text);
      expect(outOfDate(root)).toEqual({ write: [], remove: [] });
      writeFileSync(data, JSON.stringify({ hi: { en: 'hello', vi: 'chào', lo: 'ສະບາຍດີ' } }));
      expect(outOfDate(root).write.map(({ path }) => path)).toEqual([types]);
      rmSync(data);
      expect(outOfDate(root)).toEqual({ write: [], remove: [types] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the compiler checks every text', () => {
  it('a missing or unknown parameter, an unknown code, and a language with other slots', () => {
    // Type-checked (npm run check), never run: each line must be a compile error.
    const neverRun = () => {
      // @ts-expect-error PART_MISSING also needs part and method
      new MekongError('PART_MISSING', { kit: 'mbot' });
      // @ts-expect-error STOPPED has no parameter
      new MekongError('STOPPED', { why: 'no' });
      // @ts-expect-error there is no such phrase
      phrase('noSuchPhrase');
      // @ts-expect-error freePort needs why and next
      phrase('freePort', { why: 'busy' });
      defineCatalog('never registered', {
        // @ts-expect-error vi lacks {name}
        a: { en: 'hello {name}', vi: 'xin chào', lo: 'ສະບາຍດີ {name}' },
      });
      const sample = defineCatalog('never registered either', {
        steps: {
          en: { one: 'one step', other: '{count} steps' },
          vi: { other: '{count} bước' },
          lo: { other: '{count} ຂັ້ນ' },
        },
      });
      // @ts-expect-error a plural needs its count
      say(sample, 'steps', 'en');
      // @ts-expect-error the catalog's own say checks the same
      sample.say('steps', 'en');
      // A layer names it (`export const cliText = CLI_WORDS.say`): still checked.
      const stepsText = sample.say;
      // @ts-expect-error steps has no parameter `total`
      stepsText('steps', 'en', { total: 2 });
      // @ts-expect-error there is no such key
      stepsText('stairs', 'en', { count: 2 });
      // Words from a *.texts.json file, typed by the declaration .ci/texts-types.js writes:
      // @ts-expect-error vi lacks {name}
      defineCatalog('never registered from JSON', wrongSlot);
      // @ts-expect-error missingAwait needs method (robot/program/missing-await-text.texts.json)
      say(MISSING_AWAIT_TEXT, 'missingAwait', 'en');
      // @ts-expect-error robot errors come from a JSON file too: PART_MISSING needs part and method
      new MekongError('PART_MISSING', { kit: 'mbot', part: 'led' });
    };
    expect(typeof neverRun).toBe('function');
  });
});

describe('counts are worded through Intl.PluralRules', () => {
  it('one and two in English; the count is shown through Intl.NumberFormat', async () => {
    const { REPORT_WORDS } = await import('../../../lessons/report-texts.ts');
    const { describeReason } = await import('../../../lessons/checks/describe.ts');
    const run = (runs: number) =>
      say(REPORT_WORDS, 'gradeHeader', 'en', { order: 1, title: 'Hello', kit: 'mbot', runs });
    expect(run(1)).toBe('Lesson 1: Hello. Kit mbot, 1 run per program (classroom realism).');
    expect(run(2)).toBe('Lesson 1: Hello. Kit mbot, 2 runs per program (classroom realism).');
    const hit = (count: number) =>
      describeReason({ key: 'collisionHit', params: { time: 2, count }, what: 'wall' }, 'en');
    expect(hit(1)).toBe('Hit a wall at 2 s (1 collision in all).');
    expect(hit(2)).toBe('Hit a wall at 2 s (2 collisions in all).');
    const steps = (total: number) =>
      describeReason({ key: 'eventsPassed', params: { total } }, 'en');
    expect(steps(1)).toBe('Did the one step.');
    expect(steps(2)).toBe('Did all 2 steps in the right order.');
    const lines = (count: number) =>
      localize('{p}', { p: phrase('noSuchLine', { line: 3, world: 'w.json', count }) }, 'en');
    expect(lines(1)).toBe('is 3, but w.json has 1 line');
    expect(lines(2)).toBe('is 3, but w.json has 2 lines');
    expect(run(1200)).toContain('Kit mbot, 1,200 runs per program');
  });
});
