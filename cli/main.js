// The `mekong` command line: verbs, options and help. Plain JavaScript (type-checked by
// tsc through JSDoc) so that `mekong --help` starts without the TypeScript loader; each
// verb's TypeScript module is loaded only when that verb runs.
import { Command, CommanderError, Option } from 'commander';

/**
 * @typedef {{ write(text: string): unknown; isTTY?: boolean }} Stream
 * @typedef {{ stdout: Stream; stderr: Stream }} CliIo
 * @typedef {() => Promise<void>} PrepareTs
 */

const LANGS = ['en', 'vi', 'lo'];

/** Default language: MEKONG_LANG, else the system's LANG when it is Vietnamese or Lao. */
function defaultLang() {
  const env = process.env.MEKONG_LANG ?? process.env.LANG ?? '';
  const code = env.slice(0, 2).toLowerCase();
  return LANGS.includes(code) ? code : 'en';
}

/**
 * Builds the program. `prepareTs` makes TypeScript importable (the bin registers tsx; tests
 * already run TypeScript); verb modules are imported only when their verb runs.
 * @param {CliIo} io
 * @param {PrepareTs} prepareTs
 * @param {(code: number) => void} setExit
 */
export function buildProgram(io, prepareTs, setExit) {
  /** @param {string} path relative to this folder */
  const load = async (path) => {
    await prepareTs();
    return import(new URL(path, import.meta.url).href);
  };
  const program = new Command('mekong');
  program
    .description('Mekong Robotics: program classroom robots, in the simulator or for real.')
    .version('0.1.0')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(LANGS).default(defaultLang()))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  /** @param {(mod: any, lang: string) => Promise<number>} body */
  const verb = (body) => async (/** @type {unknown[]} */ ...args) => {
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
    .description('run a student program in the simulator (--sim)')
    .argument('<program>', 'a .ts or .js program')
    .option('--sim', 'run in the headless simulator (the default)')
    .option('--world <file|id>', 'world file or builtin world id', 'playground')
    .option('--kit <id|file>', 'kit id or kit file', 'l298n-2wd')
    .option('--seed <n>', 'seed for classroom realism', '1')
    .addOption(new Option('--realism <level>', 'how real the simulator is').choices(['ideal', 'classroom']).default('ideal'))
    .option('--max-time <seconds>', 'stop the program after this much robot time', '60')
    .option('--json', 'print one JSON object')
    .action(
      verb(async ([file, opts]) => {
        const mod = await load('./commands/run.ts');
        const options = /** @type {Record<string, unknown>} */ (opts);
        return mod.runCommand(file, { ...options, lang: program.opts().lang }, io, () => performance.now());
      }),
    );

  program
    .command('kits')
    .description('list the robot kits')
    .option('--json', 'print JSON')
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/kits.ts');
        return mod.kitsCommand({ .../** @type {object} */ (opts), lang: program.opts().lang }, io);
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
  const program = buildProgram(io, prepareTs, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return code;
}
