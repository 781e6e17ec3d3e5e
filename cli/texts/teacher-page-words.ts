import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import competitionsTexts from './teacher-page-words.competitions.texts.json' with { type: 'json' };
import pageTexts from './teacher-page-words.page.texts.json' with { type: 'json' };

/*
 * The words of the teacher page (/teacher). Vietnamese and Lao written by the developers:
 * they WANT REVIEW BY A NATIVE TEACHER. In teacher-page-words.page.texts.json; modeBlocks and
 * modeCode are the words of the app's Blocks / Code switch (simulator/app/blocks/block-ui-text.ts).
 */
export const TEACHER_TEXT = pageTexts satisfies Record<string, Entry>;

export const TEACHER_CATALOG = defineCatalog('hub teacher page', TEACHER_TEXT);

/*
 * The words of the competitions section of the teacher page (competition-teacher.js fills
 * the {slots} itself). Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
export const COMPETITION_TEXT = competitionsTexts satisfies Record<string, Entry>;

const COMPETITION_CATALOG = defineCatalog('hub teacher competitions', COMPETITION_TEXT);

/**
 * Every word of the section in `lang`, {slots} left in for the page's script to fill (it
 * shows numbers only).
 */
export function competitionWords(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.keys(COMPETITION_TEXT).map((key) => {
      const k = key as keyof typeof COMPETITION_TEXT;
      const slots = { number: '{number}', played: '{played}', total: '{total}' };
      return [key, COMPETITION_CATALOG.say(k, lang, slots as never)];
    }),
  );
}
