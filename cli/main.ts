// `mekong <verb> …` in-process: the language of the run, the program built from the verbs'
// data, and the one handler that prints every failure (usage error, bad input, unexpected
// error), for people on stderr or as the one JSON object of --json on stdout. It returns
// the exit code; only the bin (cli/mekong.js) sets the process's.
import { CommanderError } from 'commander';
import type { Lang } from '../robot/i18n/lang.ts';
import { detectLang, systemLocale } from '../robot/i18n/text-core.js';
import { crashText } from './crash-text.ts';
import { EXIT } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { checkedOptions } from './option-values.ts';
import { buildProgram } from './program.ts';
import type { Verb } from './verb-spec.ts';
import { VERBS } from './verbs.ts';
import { visibleIo } from './visible-io.ts';

/**
 * The language of a run: --lang when it names one, else the default. Read from the raw
 * arguments, so that help and usage errors (made before options have values) use it too.
 */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return detectLang([given, process.env.MEKONG_LANG, systemLocale(process.env)]);
}

/** One run of the command line: what it prints, in which language, and how it ends. */
export class CliRun {
  readonly lang: Lang;
  /** The verb named on the command line, if any. */
  private readonly verb: Verb | undefined;
  /** Whether failures print one JSON object on stdout (the verb has --json and it was given). */
  private readonly json: boolean;
  /** Whether stdout got the verb's own JSON, so a failure after it must not print another. */
  private printed = false;
  /** The streams everything is printed to: control characters shown (visibleIo). */
  private readonly io: CliIo;
  private readonly verbIo: CliIo;

  constructor(
    private readonly argv: readonly string[],
    io: CliIo,
    private readonly verbs: readonly Verb[] = VERBS,
  ) {
    this.lang = langOf(argv);
    const named = argv.find((arg) => verbs.some((v) => v.name === arg));
    this.verb = verbs.find((v) => v.name === named);
    this.json = argv.includes('--json') && this.verb?.options.json !== undefined;
    this.io = visibleIo(io);
    this.verbIo = visibleIo({
      stdout: {
        write: (text: string) => {
          this.printed = true;
          return io.stdout.write(text);
        },
        ...(io.stdout.isTTY === undefined ? {} : { isTTY: io.stdout.isTTY }),
      },
      stderr: io.stderr,
    });
  }

  /** Parses the command line and runs its verb; resolves to the exit code. */
  async run(): Promise<number> {
    let code: number = EXIT.ok;
    const program = buildProgram(this.io, this.lang, this.verbs, async (verb, args, raw) => {
      code = await this.runVerb(verb, args, raw);
    });
    if (this.argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    try {
      await program.parseAsync([...this.argv], { from: 'user' });
    } catch (error) {
      return this.failed(error);
    }
    return code;
  }

  private async runVerb(
    verb: Verb,
    args: unknown[],
    raw: Record<string, unknown>,
  ): Promise<number> {
    try {
      const options = await checkedOptions(verb.options, raw);
      return await verb.run({
        args,
        options,
        io: this.verbIo,
        now: () => performance.now(),
      });
    } catch (error) {
      return this.failed(error);
    }
  }

  /** Prints a failure of this run (usage error, bad input or unexpected) and returns its exit code. */
  async failed(error: unknown): Promise<number> {
    try {
      if (error instanceof CommanderError) {
        if (error.exitCode === 0) return EXIT.ok;
        const { usageProblem } = await import('./usage-error.ts');
        const command = this.verb ? `mekong ${this.verb.name}` : 'mekong';
        const { text, ...problem } = usageProblem(error, command, this.lang, this.verb?.options);
        this.print(text, problem);
        return EXIT.badInput;
      }
      const { isMekongError } = await import('../robot/errors.ts');
      if (isMekongError(error)) {
        const { message, suggestion } = error.text(this.lang);
        const text = `error [${error.code}]: ${message}\n  → ${suggestion}\n`;
        this.print(text, error.toJSON(this.lang));
        return EXIT.badInput;
      }
    } catch (failure) {
      return this.crashed(failure);
    }
    return this.crashed(error);
  }

  /**
   * Prints an unexpected error (never its stack: the reader gets its name and message and
   * where to report it) and returns EXIT.crashed. Synchronous, so the bin can call it from
   * process-wide handlers.
   */
  crashed(error: unknown): number {
    const problem = crashText(error, this.argv, this.lang);
    this.print(`error [${problem.code}]: ${problem.message}\n  → ${problem.suggestion}\n`, problem);
    return EXIT.crashed;
  }

  /** A failure: `text` on stderr, or with --json `{ ok: false, error }` on stdout. */
  private print(text: string, error: object): void {
    if (this.json && !this.printed) {
      this.printed = true;
      this.io.stdout.write(`${JSON.stringify({ ok: false, error })}\n`);
    } else this.io.stderr.write(text);
  }
}

/**
 * Runs `mekong <argv>` with `io` and returns the exit code. `verbs` defaults to every verb;
 * tests may pass their own.
 */
export function main(
  argv: readonly string[],
  io: CliIo,
  verbs: readonly Verb[] = VERBS,
): Promise<number> {
  return new CliRun(argv, io, verbs).run();
}
