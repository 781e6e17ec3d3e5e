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
  /**
   * commander's flags: `--seed <n>` takes a value, `--json` is a switch, `--teacher [lesson]`
   * is a switch that may take a value (`true` without one).
   */
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

/** One positional argument: `<name>`, `<name...>` for one or more, `[name...]` for any number. */
export interface ArgumentSpec {
  name: `<${string}>` | `[${string}]`;
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
        : O['flags'] extends `${string}[${string}]`
          ? string | true
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

/** An option's rules beyond its flags; `help` only where the words are another verb's. */
type OptionExtras = Partial<Omit<OptionSpec, 'flags'>>;

/** The help key of a verb's option: the verb and the long flag (`run --world`). */
type OptionHelp<
  V extends string,
  F extends string,
> = `${V} ${F extends `${infer N} ${string}` ? N : F}`;

/** The spec an `options()` entry stands for: its flags, its help key and its rules. */
type OptionOf<V extends string, E> = E extends string
  ? { flags: E; help: OptionHelp<V, E> }
  : E extends readonly [infer F extends string, infer R extends OptionExtras]
    ? Omit<{ flags: F; help: OptionHelp<V, F> }, keyof R> & R
    : never;

/**
 * The options of `verb`, each given as its flags (`'--json'`) or as its flags and rules
 * (`['--seed <n>', { default: '0' }]`); the help words of each are the key `<verb> <--flag>`
 * in cli/help-text.js (the type checker rejects a key the help does not have).
 */
export function options<
  const V extends string,
  const T extends Record<string, string | readonly [string, OptionExtras]>,
>(verb: V, table: T): { readonly [K in keyof T]: OptionOf<V, T[K]> } {
  const specs: Record<string, OptionSpec> = {};
  for (const [key, entry] of Object.entries(table)) {
    const [flags, extras] = typeof entry === 'string' ? [entry, {}] : entry;
    specs[key] = { flags, help: `${verb} ${flags.split(' ')[0]}` as HelpKey, ...extras };
  }
  return specs as { readonly [K in keyof T]: OptionOf<V, T[K]> };
}

/** What a verb gets for its arguments: a list for `<name...>` and `[name...]`. */
type ArgsOf<A extends readonly string[]> = {
  -readonly [I in keyof A]: A[I] extends `${string}...${string}` ? string[] : string;
};

/**
 * A verb named `name` whose help words are the key `name` and whose arguments' are
 * `<name> <argument>` in cli/help-text.js.
 */
export function verbOf<
  const V extends HelpKey,
  O extends OptionSpecs,
  const A extends readonly ArgumentSpec['name'][],
>(
  name: V,
  args: A & { [I in keyof A]: `${V} ${A[I] & string}` extends HelpKey ? A[I] : never },
  opts: O,
  run: (context: VerbContext<ArgsOf<A>, OptionsOf<O>>) => Promise<number>,
): Verb {
  return verb<O, ArgsOf<A>>({
    name,
    help: name,
    arguments: args.map((arg) => ({ name: arg, help: `${name} ${arg}` as HelpKey })),
    options: opts,
    run,
  });
}
