// The shape of a verb as data: its arguments, options (with defaults and value rules) and
// what runs it. cli/verbs.ts lists the verbs; cli/program.ts registers them all the same way.
import type { Lang } from '../robot/i18n/lang.ts';
import type { CliSentence } from './cli-text.ts';
import type { HelpKey } from './help-text.js';
import type { CliIo } from './io.ts';

/** What an option's value must be. Checked before the verb runs; BAD_OPTION otherwise. */
export type ValueRule =
  | { type: 'wholeNumber'; min: number; max: number }
  | { type: 'number'; min: number; max: number }
  | { type: 'oneOf'; choices: readonly string[] };

/** One option of a verb. */
export interface OptionSpec {
  /** commander's flags: `--seed <n>` takes a value, `--json` is a switch. */
  flags: string;
  /** Key of its help words in cli/help-text.js. */
  help: HelpKey;
  /** Value when the option is not given; the help shows it as `(default: "…")`. */
  default?: string;
  /** Values commander accepts; the help lists them as `(choices: …)`. */
  choices?: readonly string[];
  /** Rule the value must follow; the verb gets the checked value (a number for numbers). */
  value?: ValueRule;
  /**
   * Options (by key) that cannot be given with this one, and why: a usage error names both
   * and says why, instead of one being ignored. A default does not count as given.
   */
  excludes?: { options: readonly string[]; why: CliSentence };
}

/** A verb's options, keyed by the name commander gives them (`--max-time` → `maxTime`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** One positional argument: `<name>`, or `<name...>` for one or more. */
export interface ArgumentSpec {
  name: `<${string}>`;
  help: HelpKey;
}

type ValueOf<O extends OptionSpec> = O extends { value: { type: 'wholeNumber' | 'number' } }
  ? number
  : O extends { value: { type: 'oneOf'; choices: readonly (infer C)[] } }
    ? C
    : O extends { choices: readonly (infer C)[] }
      ? C
      : O['flags'] extends `${string}<${string}>`
        ? string
        : boolean;

type WithDefault<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends { default: string } ? K : never;
}[keyof O];

/** The options a verb gets: checked, with their defaults, and the language of the run. */
export type OptionsOf<O extends OptionSpecs> = {
  -readonly [K in WithDefault<O>]: ValueOf<O[K]>;
} & { -readonly [K in Exclude<keyof O, WithDefault<O>>]?: ValueOf<O[K]> } & { lang: Lang };

/** What a verb is run with. */
export interface VerbContext<Args, Options> {
  /** The positional arguments, in order (an array for `<name...>`). */
  args: Args;
  options: Options;
  io: CliIo;
  /** Milliseconds of a monotonic clock (performance.now() outside tests). */
  now: () => number;
}

/**
 * A verb. `run` imports the verb's module when it runs (so `mekong --help` loads none) and
 * returns the exit code; it throws a MekongError for bad input.
 */
export interface VerbSpec<O extends OptionSpecs = OptionSpecs, Args = unknown[]> {
  name: string;
  help: HelpKey;
  arguments: readonly ArgumentSpec[];
  options: O;
  run(context: VerbContext<Args, OptionsOf<O>>): Promise<number>;
}

/** A verb as the registration sees it: options and arguments of any shape. */
export interface Verb {
  name: string;
  help: HelpKey;
  arguments: readonly ArgumentSpec[];
  options: OptionSpecs;
  run(context: VerbContext<unknown[], Record<string, unknown>>): Promise<number>;
}

/**
 * `spec` for the list of verbs. commander hands over arguments and options that follow the
 * spec (cli/option-values.ts checks the values), so they can be given as untyped here.
 */
export function verb<O extends OptionSpecs, Args>(spec: VerbSpec<O, Args>): Verb {
  return spec as unknown as Verb;
}
