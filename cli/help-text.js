// The words of `mekong --help` in every language: verb, argument and option descriptions,
// and the parts commander writes itself (headings, "(default: …)", the help and version
// options). Plain JavaScript, like main.js, so that help starts without the TypeScript loader.
// The words are in help-text.texts.json: commander's own words first (usage to version), then
// the program's (from mekong), then each verb with its arguments and options.

import { fill } from '../robot/i18n/text-core.js';
import texts from './help-text.texts.json' with { type: 'json' };

/** @typedef {import('../robot/i18n/text-core.js').Lang} Lang */

/**
 * Keyed by verb (`run`), verb and argument (`run <program>`) or verb and long flag
 * (`run --world`); the program's own options have no verb.
 * @satisfies {Record<string, Record<Lang, string>>}
 */
const TEXT = texts;

/** @typedef {keyof typeof TEXT} HelpKey */

/** Every help text, for the catalog that registers them (cli/texts/help-words.ts). */
export const HELP_TEXTS = TEXT;

/** Every key of the help words (for completeness tests). */
export const HELP_TEXT_KEYS = /** @type {HelpKey[]} */ (Object.keys(TEXT));

/**
 * The help words for `key` in `lang`, with `{name}` replaced by `params.name`.
 * @param {HelpKey} key
 * @param {Lang} lang
 * @param {Record<string, string>} [params]
 */
export function helpText(key, lang, params = {}) {
  return fill(TEXT[key][lang], params);
}

/** commander's help headings and the keys of their words. */
export const HEADINGS = /** @type {Record<string, HelpKey>} */ ({
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
});
