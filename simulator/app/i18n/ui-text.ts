import { defineCatalog, type Entry, type Slots } from '../../../robot/i18n/catalog.ts';
import texts from './ui-text.texts.json' with { type: 'json' };

/*
 * Every word of the web app's own interface, in English, Vietnamese and Lao (robot errors
 * have theirs in robot/i18n). The Vietnamese and Lao texts were written by the developers
 * and WANT REVIEW BY A NATIVE TEACHER before a class uses them; keep the same `{name}`
 * parameters in every language (the compiler and tests/robot/i18n/catalogs.test.ts check it).
 * The words are in ui-text.texts.json. connectRobot is the header's button
 * (simulator/app/robot-link); the link's other words load when it is pressed.
 */
export const UI_TEXT = texts satisfies Record<string, Entry>;

export type UiKey = keyof typeof UI_TEXT;

/** Keys of the texts without parameters (those an element of index.html may name). */
export type PlainUiKey = {
  [K in UiKey]: [Slots<(typeof UI_TEXT)[K]['en']>] extends [never] ? K : never;
}[UiKey];

/** The web app's catalog (the registry's generic test checks every language). */
export const UI_CATALOG = defineCatalog('web app', UI_TEXT);

/** The interface text `key` in `lang`, with exactly its `{name}` parameters filled in. */
export const t = UI_CATALOG.say;
