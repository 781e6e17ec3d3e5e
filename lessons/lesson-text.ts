import { MekongError } from '../robot/errors.ts';
import { defineCatalog, type PhraseCode } from '../robot/i18n/catalog.ts';
import type { Lang } from '../robot/i18n/lang.ts';
import { anyPhrase, phrase, type TextParams } from '../robot/i18n/localize.ts';
import './texts/lesson-phrases.ts';
import texts from './lesson-text.texts.json' with { type: 'json' };

/** The sections of every lesson text, in this order. */
export const SECTION_KEYS = ['goal', 'idea', 'steps', 'hints', 'challenge'] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** The `## ` heading of each section, per language (the parser maps headings to keys). */
export const SECTION_TITLES = texts satisfies Record<SectionKey, Record<Lang, string>>;

/** The section headings in the registry (tests/robot/i18n/catalogs.test.ts checks every language). */
export const SECTION_CATALOG = defineCatalog('lesson sections', SECTION_TITLES);

/** A lesson text in one language: what students read, all of it. */
export interface LessonText {
  /** The `# ` heading. */
  title: string;
  /** Markdown of each section, without its heading. */
  sections: Record<SectionKey, string>;
}

/**
 * Splits a lesson's markdown into its title and the five sections. Text before the first
 * section, or a missing, unknown, repeated or out-of-order section is FILE_INVALID naming
 * `file`. (Notes for teachers, such as a translation awaiting review, are not in it.)
 */
export function parseLessonText(markdown: string, lang: Lang, file: string): LessonText {
  return parseSections(markdown, lang, file, SECTION_TITLES);
}

/**
 * Splits markdown into its `# ` title and the `## ` sections `titles` names (their keys in
 * order, each heading worded in `lang`): the one parser of lesson texts and teachers'
 * notes. Text before the first section, or a missing, unknown, repeated, out-of-order or
 * empty section is FILE_INVALID naming `file`.
 */
export function parseSections<K extends string>(
  markdown: string,
  lang: Lang,
  file: string,
  titles: Readonly<Record<K, Readonly<Record<Lang, string>>>>,
): { title: string; sections: Record<K, string> } {
  const keys = Object.keys(titles) as K[];
  const order = keys.map((k) => `"## ${titles[k][lang]}"`).join(', ');
  const fail = (path: string, problem: PhraseCode, params: TextParams = {}) =>
    new MekongError('FILE_INVALID', {
      file,
      path,
      problem: anyPhrase(problem, params),
      expected: phrase('lessonSections', { sections: order }),
    });
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const titleLine = lines.findIndex((line) => line.trim() !== '');
  const title = lines[titleLine]?.match(/^# (.+)$/)?.[1]?.trim();
  if (titleLine < 0 || !title) throw fail('title', 'titleMissing');
  const byTitle = new Map<string, K>(keys.map((key) => [titles[key][lang], key]));
  const beforeSections: string[] = [];
  const sections: Partial<Record<K, string[]>> = {};
  let current: string[] = beforeSections;
  let nextIndex = 0;
  let inCode = false;
  for (const line of lines.slice(titleLine + 1)) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = inCode ? undefined : line.match(/^## (.+)$/)?.[1]?.trim();
    if (heading === undefined) {
      current.push(line);
      continue;
    }
    const key = byTitle.get(heading);
    if (!key) throw fail(`"## ${heading}"`, 'notASection');
    if (sections[key]) throw fail(`"## ${heading}"`, 'appearsTwice');
    const expected = keys[nextIndex];
    if (key !== expected) {
      throw fail(`"## ${heading}"`, 'outOfOrder', {
        first: `## ${expected ? titles[expected][lang] : heading}`,
      });
    }
    nextIndex++;
    current = [];
    sections[key] = current;
  }
  const stray = beforeSections.find((line) => line.trim() !== '')?.trim();
  if (stray !== undefined) {
    throw fail(`"${stray.length > 40 ? `${stray.slice(0, 40)}…` : stray}"`, 'beforeFirstSection');
  }
  const missing = keys.find((key) => !sections[key]);
  if (missing) throw fail(`"## ${titles[missing][lang]}"`, 'isMissing');
  const text = (list: string[] | undefined) => (list ?? []).join('\n').trim();
  const out = {} as Record<K, string>;
  for (const key of keys) {
    out[key] = text(sections[key]);
    if (out[key] === '') throw fail(`"## ${titles[key][lang]}"`, 'sectionEmpty');
  }
  return { title, sections: out };
}
