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

/**
 * The language of this run: --lang when it names one, else MEKONG_LANG, else the system's
 * LANG when it is Vietnamese or Lao. Read from the raw arguments so that a usage error
 * (which commander finds before any option has a value) is worded in it too.
 * @param {string[]} argv
 */
function langOf(argv) {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return given !== undefined && LANGS.includes(given) ? given : defaultLang();
}

/** @param {string} path relative to this folder */
async function loadHere(path) {
  return import(new URL(path, import.meta.url).href);
}

/** Default language: MEKONG_LANG, else the system's LANG when it is Vietnamese or Lao. */
function defaultLang() {
  const env = process.env.MEKONG_LANG ?? process.env.LANG ?? '';
  const code = env.slice(0, 2).toLowerCase();
  return LANGS.includes(code) ? code : 'en';
}

/**
 * Builds the program. `prepareTs` makes TypeScript importable (the bin registers our TypeScript hooks; tests
 * already run TypeScript); verb modules are imported only when their verb runs.
 * @param {CliIo} io
 * @param {PrepareTs} prepareTs
 * @param {(code: number) => void} setExit
 */
export function buildProgram(io, prepareTs, setExit) {
  /** @param {string} path relative to this folder */
  const load = async (path) => {
    await prepareTs();
    return loadHere(path);
  };
  const program = new Command('mekong');
  program
    .description('Mekong Robotics: program classroom robots, in the simulator or for real.')
    .version('0.1.0')
    .addOption(
      new Option('--lang <lang>', 'language of messages').choices(LANGS).default(defaultLang()),
    )
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
    .description('run a student program in the simulator (--sim) or on a robot (--port, --emulate)')
    .argument('<program>', 'a .ts or .js program')
    .option('--sim', 'run in the headless simulator (the default)')
    .option('--world <file|id>', 'world file or builtin world id', 'playground')
    .option('--kit <id|file>', 'kit id or kit file', 'l298n-2wd')
    .option('--seed <n>', 'seed for classroom realism', '1')
    .addOption(
      new Option(
        '--realism <level>',
        'how real the world is (default: ideal with --sim, classroom with --emulate)',
      ).choices(['ideal', 'classroom']),
    )
    .option('--max-time <seconds>', 'stop the program after this much robot time', '60')
    .option(
      '--lesson <id>',
      "run it as a lesson: the lesson's world, time limit and checks (classroom realism, like grading); with --emulate on the emulated board",
    )
    .option('--json', 'print one JSON object')
    .option('--port <path>', 'run on the robot on this serial port ("mekong list" shows them)')
    .option('--emulate', 'run on the emulated board (our firmware in avr8js, in --world)')
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
    .description('list the robot kits')
    .option('--json', 'print JSON')
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/kits.ts');
        return mod.kitsCommand({ .../** @type {object} */ (opts), lang: program.opts().lang }, io);
      }),
    );

  program
    .command('start')
    .description('serve the browser simulator (building it first if needed) and print its address')
    .option('--port <n>', 'port to listen on (default: the first free one from 8080)')
    .option('--host', 'serve the whole classroom network (listen on every address)')
    .action(
      verb(async ([opts]) => {
        const mod = await load('./commands/start.ts');
        return mod.startCommand({ .../** @type {object} */ (opts), lang: program.opts().lang }, io);
      }),
    );

  program
    .command('lessons')
    .description('list the lessons of the course')
    .option('--json', 'print JSON')
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
    .description('grade a class: run every program on a lesson, several times, and report')
    .argument('<lesson>', 'lesson number or id (see "mekong lessons")')
    .argument('<program-or-folder...>', 'student programs (.ts/.js) or folders of them')
    .option('--seeds <n>', 'runs per program, each with a slightly different robot', '5')
    .option('--kit <id>', "kit to grade on (default: the lesson's first kit)")
    .option('--report <file>', 'also write a report: file.html (to open or print) or file.csv')
    .option('--workers <n>', 'extra grading threads (default: one per extra CPU core)')
    .option('--json', 'print one JSON object')
    .action(async (...args) => {
      // The grading threads load while this thread loads the command, not after it.
      const threads = await import('../lessons/node/grade-threads.js');
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
    .description('list the USB serial ports that may be robots, with a board guess')
    .option('--probe', 'ask each board for its firmware and robot name (opens the ports)')
    .option('--json', 'print JSON')
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
    .description('check a robot part by part, with a fix for each problem')
    .option('--port <path>', 'the robot on this serial port ("mekong list" shows them)')
    .option('--emulate', 'check the emulated board instead')
    .option('--kit <id|file>', 'kit id or kit file', 'l298n-2wd')
    .option('--json', 'print JSON')
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
    .description(
      'serve an emulated robot board (our firmware in avr8js) over TCP for any Firmata client',
    )
    .option('--kit <id|file>', 'kit id or kit file', 'l298n-2wd')
    .option('--world <file|id>', 'world file or builtin world id', 'playground')
    .option(
      '--listen <host:port>',
      'address to listen on (loopback unless you say otherwise)',
      '127.0.0.1:5760',
    )
    .addOption(
      new Option(
        '--realism <level>',
        'how real the emulated world is (ideal: exact sensors, but motors without the dead band that forward/turn allow for)',
      )
        .choices(['ideal', 'classroom'])
        .default('classroom'),
    )
    .option('--seed <n>', 'seed for classroom realism', '1')
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
    .description('put the Mekong firmware on a robot board (or every connected one), verified')
    .option('--port <path>', 'the board on this serial port ("mekong list" shows them)')
    .option('--board <id>', 'uno, nano, nano-old or mega (default: find out)')
    .option('--name <robot-name>', "the robot's name (with --all: one name, or one per board)")
    .option('--kit <id>', 'the kit id stored on the robot')
    .option('--hex <file>', 'write this Intel HEX file instead of the Mekong firmware')
    .option('--all', 'flash every connected board in turn (robot-01, robot-02, …)')
    .option('--json', 'print one JSON object')
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
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return 0;
    const verb = program.commands.find((c) => argv.includes(c.name()));
    await prepareTs();
    const { printUsageError } = await loadHere('./usage-error.ts');
    printUsageError(io, error, verb ? `mekong ${verb.name()}` : 'mekong', langOf(argv));
    return 2;
  }
  return code;
}
