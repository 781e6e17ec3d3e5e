import { defineCatalog, type Lang, type ParamsArg } from '../robot/index.ts';
import texts from './cli-text.texts.json' with { type: 'json' };

/**
 * The CLI's own words in every language (robot errors have theirs in robot/i18n), in
 * cli-text.texts.json. From usageMissingArgument on: usage errors, commander's own (English)
 * messages worded again from their code; from lessonSetsRun on: why options exclude each
 * other (OptionSpec.excludes in cli/verb-spec.ts).
 */
const TEXT = texts satisfies Record<string, Record<Lang, string>>;

/** The keys of the CLI's words that take no parameters: whole sentences. */
export type CliSentence = {
  [K in keyof typeof TEXT]: [] extends ParamsArg<(typeof TEXT)[K]> ? K : never;
}[keyof typeof TEXT];

/** The CLI's catalog (the registry's generic test checks every language). */
export const CLI_WORDS = defineCatalog('cli words', TEXT);

/** The CLI's words for `key` in `lang`, with exactly its `{params}` filled in. */
export const cliText = CLI_WORDS.say;
