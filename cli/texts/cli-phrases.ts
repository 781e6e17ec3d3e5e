import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './cli-phrases.texts.json' with { type: 'json' };

/*
 * Phrases of the CLI (its files, options and the web app's build): the {detail} or
 * {expected} of an error, worded in the reader's language when shown.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 * The words are in cli-phrases.texts.json; from programFile on, the values an option accepts.
 */
export const CLI_PHRASES = defineCatalog('cli phrases', texts, 'phrases');

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends CliPhraseTable {}
}
type CliPhraseTable = typeof CLI_PHRASES.texts;
