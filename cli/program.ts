// The one registration of every verb with commander, from the data in cli/verbs.ts, with
// the help worded in the run's language (commander words its own parts in English only).
import { Command, Help, Option } from 'commander';
import { LANGS, type Lang } from '../robot/i18n/lang.ts';
import { detectLang, systemLocale } from '../robot/i18n/text-core.js';
import { HEADINGS, type HelpKey, helpText } from './help-text.js';
import type { CliIo } from './io.ts';
import type { Verb } from './verb-spec.ts';

/**
 * The language of a run when --lang does not name one: MEKONG_LANG, else the system's
 * locale (LC_ALL, LC_MESSAGES, LANG) when it is Vietnamese or Lao.
 */
export function defaultLang(): Lang {
  return detectLang([process.env.MEKONG_LANG, systemLocale(process.env)]);
}

/**
 * An option's or argument's help description followed by commander's "(choices: …,
 * default: …)", worded in `lang`.
 */
function describe(
  item: {
    description: string;
    argChoices?: string[] | undefined;
    defaultValue?: unknown;
    defaultValueDescription?: string | undefined;
  },
  showDefault: boolean,
  lang: Lang,
): string {
  const extras: string[] = [];
  if (item.argChoices) {
    const values = item.argChoices.map((choice) => JSON.stringify(choice)).join(', ');
    extras.push(helpText('choices', lang, { values }));
  }
  if (showDefault && item.defaultValue !== undefined) {
    const value = item.defaultValueDescription || JSON.stringify(item.defaultValue);
    extras.push(helpText('default', lang, { value }));
  }
  if (extras.length === 0) return item.description;
  return item.description ? `${item.description} (${extras.join(', ')})` : `(${extras.join(', ')})`;
}

/** What a verb's action hands over: the verb, its positional arguments and commander's options. */
export type RunVerb = (
  verb: Verb,
  args: unknown[],
  options: Record<string, unknown>,
) => Promise<void>;

/**
 * The `mekong` program with `verbs` registered, its help worded in `lang`. Parsing throws a
 * CommanderError for help, version and usage errors (main() words them); a verb's action
 * calls `runVerb`.
 */
export function buildProgram(
  io: CliIo,
  lang: Lang,
  verbs: readonly Verb[],
  runVerb: RunVerb,
): Command {
  const say = (key: HelpKey) => helpText(key, lang);
  const program = new Command('mekong');
  program
    .description(say('mekong'))
    .version('0.1.0', '-V, --version', say('version'))
    .addOption(new Option('--lang <lang>', say('--lang')).choices(LANGS).default(defaultLang()))
    // Set before the verbs are added: each verb copies them.
    .helpOption('-h, --help', say('help'))
    .helpCommand('help [command]', say('help'))
    .configureHelp({
      styleTitle: (title) => {
        const key = HEADINGS[title];
        return key ? say(key) : title;
      },
      optionDescription: (option) =>
        describe(
          option,
          option.required ||
            option.optional ||
            (option.isBoolean() && typeof option.defaultValue === 'boolean'),
          lang,
        ),
      argumentDescription: (argument) => describe(argument, true, lang),
      // Lao vowel and tone marks sit above or below a letter and take no column of their own.
      displayWidth(text) {
        return Help.prototype.displayWidth.call(this, text.replace(/\p{Mn}/gu, ''));
      },
    })
    .exitOverride()
    // Usage errors are printed by main() in --lang; commander's own English is kept quiet.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });

  for (const verb of verbs) {
    const command = program.command(verb.name).description(say(verb.help));
    for (const argument of verb.arguments) command.argument(argument.name, say(argument.help));
    for (const spec of Object.values(verb.options)) {
      const option = new Option(spec.flags, say(spec.help));
      if (spec.choices) option.choices(spec.choices);
      if (spec.default !== undefined) option.default(spec.default);
      if (spec.excludes) option.conflicts([...spec.excludes.options]);
      command.addOption(option);
    }
    command.action(async (...received: unknown[]) => {
      // commander passes the arguments, then the options, then the command itself.
      const args = received.slice(0, verb.arguments.length);
      const options = received[verb.arguments.length] as Record<string, unknown>;
      await runVerb(verb, args, { ...options, lang: program.opts().lang });
    });
  }
  return program;
}
