// The `mekong` command line: verbs, options and help. Plain JavaScript (type-checked by
// tsc through JSDoc) so that `mekong --help` starts without the TypeScript loader; each
// verb's TypeScript module is loaded only when that verb runs.
import { Command, CommanderError, Help, Option } from 'commander';
import { detectLang, LANGS, systemLocale } from '../robot/i18n/text-core.js';
import { HEADINGS, helpText } from './help-text.js';

/**
 * @typedef {{ write(text: string): unknown; isTTY?: boolean }} Stream
 * @typedef {{ stdout: Stream; stderr: Stream }} CliIo
 * @typedef {() => Promise<void>} PrepareTs
 * @typedef {import('../robot/i18n/text-core.js').Lang} Lang
 */

/**
 * The language of this run: --lang when it names one, else MEKONG_LANG, else the system's
 * locale (LC_ALL, LC_MESSAGES, LANG) when it is Vietnamese or Lao. Read from the raw arguments so that the help and a
 * usage error (both made before any option has a value) are worded in it too.
 * @param {string[]} argv
 */
function langOf(argv) {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return detectLang([given, process.env.MEKONG_LANG, systemLocale(process.env)]);
}

/** @param {string} path relative to this folder */
async function loadHere(path) {
  return import(new URL(path, import.meta.url).href);
}

/**
 * Default language: MEKONG_LANG, else the system's locale when it is Vietnamese or Lao.
 * @returns {Lang}
 */
function defaultLang() {
  return detectLang([process.env.MEKONG_LANG, systemLocale(process.env)]);
}

/**
 * An option's or argument's help description followed by commander's "(choices: …,
 * default: …)", worded in `lang` (commander words that part in English only).
 * @param {{ description: string; argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }} item
 * @param {boolean} showDefault
 * @param {Lang} lang
 */
function describe(item, showDefault, lang) {
  const extras = [];
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

/**
 * Builds the program, its help worded in `lang`. `prepareTs` makes TypeScript importable (the
 * bin registers our TypeScript hooks; tests already run TypeScript); verb modules are
 * imported only when their verb runs.
 * @param {CliIo} io
 * @param {PrepareTs} prepareTs
 * @param {(code: number) => void} setExit
 * @param {Lang} lang
 */
export function buildProgram(io, prepareTs, setExit, lang) {
  /** @param {import('./help-text.js').HelpKey} key */
  const say = (key) => helpText(key, lang);
  /** @param {string} path relative to this folder */
  const load = async (path) => {
    await prepareTs();
    return loadHere(path);
  };
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
    // Usage errors are printed by main() in --lang (commander words them in English only);
    // they end with a pointer to --help rather than the whole English help.
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });

  /** @param {(mod: any, lang: string) => Promise<number>} body */
  const verb =
    (body) =>
    async (/** @type {unknown[]} */ ...args) => {
      const lang = program.opts().lang;
      const io_ = await load('./io.ts');
      try {
        setExit(await body(args, lang));
      } catch (error) {
        io_.printError(io, error, lang);
        setExit(io_.EXIT.badInput);
      }
    };

  program
    .command('run')
    .description(say('run'))
    .argument('<program>', say('run <program>'))
    .option('--sim', say('run --sim'))
    .option('--world <file|id>', say('run --world'), 'playground')
    .option('--kit <id|file>', say('run --kit'), 'l298n-2wd')
    .option('--seed <n>', say('run --seed'), '1')
    .addOption(
      new Option('--realism <level>', say('run --realism')).choices(['ideal', 'classroom']),
    )
    .option('--max-time <seconds>', say('run --max-time'), '60')
    .option('--lesson <id>', say('run --lesson'))
    .option('--json', say('run --json'))
    .option('--port <path>', say('run --port'))
    .option('--emulate', say('run --emulate'))
    .action(
      verb(async ([file, opts]) => {
        const options = /** @type {Record<string, unknown>} */ (opts);
        // A lesson run, even on the emulated board, is checked against its world: run.ts.
        const hardware =
          options.lesson === undefined &&
          (options.port !== undefined || options.emulate !== undefined);
        const mod = await load(hardware ? './commands/run-hardware.ts' : './commands/run.ts');
        const run = hardware ? mod.runHardwareCommand : mod.runCommand;
        return run(file, { ...options, lang: program.opts().lang }, io, () => performance.now());
      }),
    );

  program
    .command('kits')
    .description(say('kits'))
    .option('--json', say('kits --json'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/kits.ts');
        return mod.kitsCommand({ .../** @type {object} */ (opts), lang: program.opts().lang }, io);
      }),
    );

  program
    .command('start')
    .description(say('start'))
    .option('--port <n>', say('start --port'))
    .option('--host', say('start --host'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/start.ts');
        return mod.startCommand({ .../** @type {object} */ (opts), lang: program.opts().lang }, io);
      }),
    );

  program
    .command('lessons')
    .description(say('lessons'))
    .option('--json', say('lessons --json'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/lessons.ts');
        return mod.lessonsCommand(
          { .../** @type {object} */ (opts), lang: program.opts().lang },
          io,
        );
      }),
    );

  program
    .command('grade')
    .description(say('grade'))
    .argument('<lesson>', say('grade <lesson>'))
    .argument('<program-or-folder...>', say('grade <program-or-folder...>'))
    .option('--seeds <n>', say('grade --seeds'), '5')
    .option('--kit <id>', say('grade --kit'))
    .option('--report <file>', say('grade --report'))
    .option('--workers <n>', say('grade --workers'))
    .option('--json', say('grade --json'))
    .action(async (...args) => {
      // The grading threads load while this thread loads the command, not after it.
      const threads = await import('./runtime/grade-threads.js');
      const options = /** @type {Record<string, unknown>} */ (args[2]);
      const workers = options.workers;
      const started = threads.startGradeWorkers(typeof workers === 'string' ? workers : undefined);
      try {
        await verb(async ([lesson, paths]) => {
          const mod = await load('./commands/grade.ts');
          return mod.gradeCommand(
            lesson,
            paths,
            { ...options, lang: program.opts().lang },
            io,
            () => performance.now(),
            started,
          );
        })(...args);
      } finally {
        await Promise.all(started.map((s) => s.worker.terminate()));
      }
    });

  program
    .command('list')
    .description(say('list'))
    .option('--probe', say('list --probe'))
    .option('--json', say('list --json'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/list.ts');
        const options = /** @type {object} */ (opts);
        return mod.listCommand({ ...options, lang: program.opts().lang }, io, () =>
          performance.now(),
        );
      }),
    );

  program
    .command('doctor')
    .description(say('doctor'))
    .option('--port <path>', say('doctor --port'))
    .option('--emulate', say('doctor --emulate'))
    .option('--kit <id|file>', say('doctor --kit'), 'l298n-2wd')
    .option('--json', say('doctor --json'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/doctor.ts');
        const options = /** @type {object} */ (opts);
        return mod.doctorCommand({ ...options, lang: program.opts().lang }, io, () =>
          performance.now(),
        );
      }),
    );

  program
    .command('emulate')
    .description(say('emulate'))
    .option('--kit <id|file>', say('emulate --kit'), 'l298n-2wd')
    .option('--world <file|id>', say('emulate --world'), 'playground')
    .option('--listen <host:port>', say('emulate --listen'), '127.0.0.1:5760')
    .addOption(
      new Option('--realism <level>', say('emulate --realism'))
        .choices(['ideal', 'classroom'])
        .default('classroom'),
    )
    .option('--seed <n>', say('emulate --seed'), '1')
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/emulate.ts');
        const options = /** @type {object} */ (opts);
        return mod.emulateCommand({ ...options, lang: program.opts().lang }, io, () =>
          performance.now(),
        );
      }),
    );

  program
    .command('flash')
    .description(say('flash'))
    .option('--port <path>', say('flash --port'))
    .option('--board <id>', say('flash --board'))
    .option('--name <robot-name>', say('flash --name'))
    .option('--kit <id>', say('flash --kit'))
    .option('--hex <file>', say('flash --hex'))
    .option('--all', say('flash --all'))
    .option('--json', say('flash --json'))
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/flash.ts');
        const options = /** @type {object} */ (opts);
        return mod.flashCommand({ ...options, lang: program.opts().lang }, io, () =>
          performance.now(),
        );
      }),
    );

  return program;
}

/**
 * Runs the CLI and returns the exit code (only the bin sets the process's exit code).
 * @param {string[]} argv arguments after `mekong`
 * @param {CliIo} io
 * @param {PrepareTs} prepareTs
 * @returns {Promise<number>}
 */
export async function main(argv, io, prepareTs) {
  let code = 0;
  const lang = langOf(argv);
  const program = buildProgram(
    io,
    prepareTs,
    (c) => {
      code = c;
    },
    lang,
  );
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return 0;
    const verb = program.commands.find((c) => argv.includes(c.name()));
    await prepareTs();
    const { printUsageError } = await loadHere('./usage-error.ts');
    printUsageError(io, error, verb ? `mekong ${verb.name()}` : 'mekong', lang);
    return 2;
  }
  return code;
}
