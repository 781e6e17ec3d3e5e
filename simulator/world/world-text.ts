import type { Lang } from '../../robot/i18n/lang.ts';

/*
 * The words of a world file that people read, apart from its schema (zod), so the web
 * app's renderer and pickers can word them without loading the schema.
 */

/** A world's name or a zone's label: one text per language, or one text for every language. */
export type WorldText = string | Readonly<Record<Lang, string>>;

/** `text` in `lang`: its own wording, or the one text the file gives for every language. */
export function textIn(text: WorldText, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
