import { type Lang, MekongError, phrase } from '../robot/index.ts';
import { cliText } from './cli-text.ts';
import type { OptionSpecs } from './verb-spec.ts';

/** What main.ts passes on from a CommanderError. */
export interface UsageError {
  /** commander's code, e.g. 'commander.unknownOption'. */
  code: string;
  /** commander's English message, e.g. "error: unknown option '--bogus'". */
  message: string;
}

/** The quoted values of commander's message, in order: "option '--x' argument 'y'" → ['--x', 'y']. */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
}

/** commander's "(Did you mean --seed?)" suggestion, worded in `lang`, or ''. */
function didYouMean(error: UsageError, lang: Lang): string {
  const guess = /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message)?.[1];
  return guess ? ` ${cliText('usageDidYouMean', lang, { guess })}` : '';
}

/**
 * "option '--lesson <id>' cannot be used with option '--world <file|id>'" worded in `lang`,
 * with why from the option's spec (OptionSpec.excludes).
 */
function conflictText(values: string[], options: OptionSpecs, lang: Lang): string {
  const [option = '', other = ''] = values.map((flags) => flags.split(' ')[0] as string);
  const text = cliText('usageConflict', lang, { option: other, other: option });
  const why = Object.values(options).find((spec) => spec.flags.split(' ')[0] === option)?.excludes
    ?.why;
  return why ? `${text} ${cliText(why, lang)}` : text;
}

/** The error worded in `lang` from commander's code and values, or null for a code not known here. */
function usageText(error: UsageError, options: OptionSpecs, lang: Lang): string | null {
  const values = quoted(error.message);
  switch (error.code) {
    case 'commander.conflictingOption':
      return conflictText(values, options, lang);
    case 'commander.missingArgument':
      return cliText('usageMissingArgument', lang, { name: values[0] ?? '' });
    case 'commander.optionMissingArgument':
      return cliText('usageOptionMissingValue', lang, { option: values[0]?.split(' ')[0] ?? '' });
    case 'commander.unknownOption':
      return (
        cliText('usageUnknownOption', lang, { option: values[0] ?? '' }) + didYouMean(error, lang)
      );
    case 'commander.unknownCommand':
      return (
        cliText('usageUnknownCommand', lang, { name: values[0] ?? '' }) + didYouMean(error, lang)
      );
    default:
      return null;
  }
}

/** commander's "option '--realism <level>' argument 'foo' is invalid. Allowed choices are …" as BAD_OPTION. */
function badChoice(error: UsageError): MekongError | null {
  const values = quoted(error.message);
  const choices = /Allowed choices are (.+)\.$/.exec(error.message)?.[1];
  const [flags, value] = values;
  if (error.code !== 'commander.invalidArgument' || !choices || !flags || value === undefined)
    return null;
  const option = flags.split(' ')[0] as string;
  return new MekongError('BAD_OPTION', { option, value, expected: phrase('oneOf', { choices }) });
}

/** A usage error worded for people (`text`, as printed on stderr) and for --json. */
export interface UsageProblem {
  /** BAD_OPTION for a bad choice, else USAGE_ERROR. */
  code: string;
  message: string;
  suggestion: string;
  /** The lines printed on stderr. */
  text: string;
}

/**
 * A command-line usage error (unknown option, missing argument, bad choice, ...) worded in
 * `lang`, with a pointer to `command --help`. commander words these in English only, so
 * they are worded again from commander's code and the values its message names; a code
 * not known here keeps commander's words. `options` (the verb's) say why options exclude
 * each other.
 */
export function usageProblem(
  error: UsageError,
  command: string,
  lang: Lang,
  options: OptionSpecs = {},
): UsageProblem {
  const choice = badChoice(error);
  if (choice) {
    const { message, suggestion } = choice.text(lang);
    return {
      code: choice.code,
      message,
      suggestion,
      text: `error [${choice.code}]: ${message}\n  → ${suggestion}\n`,
    };
  }
  const counts = /Expected (\d+) arguments? but got (\d+)/.exec(error.message);
  const text =
    error.code === 'commander.excessArguments' && counts
      ? cliText('usageExcessArguments', lang, {
          command,
          expected: counts[1] ?? '',
          got: counts[2] ?? '',
        })
      : usageText(error, options, lang);
  const help = cliText('usageHelp', lang, { command });
  return {
    code: 'USAGE_ERROR',
    message: text ?? error.message.replace(/^error: /, ''),
    suggestion: help,
    text: `${text === null ? error.message : `error: ${text}`}\n  → ${help}\n`,
  };
}
