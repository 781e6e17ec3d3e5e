// What `mekong run` warns about a program before it runs: robot calls without `await`
// (robot/program/missing-await.ts, the scan the editor underlines with). Such a program
// fails silently: `let d = robot.distance(); while (d > 18) …` compares a promise with 18
// and "finishes" with the robot never moving.
import { type Lang, say } from '../../robot/index.ts';
import { findMissingAwaits } from '../../robot/program/missing-await.ts';
import { MISSING_AWAIT_TEXT } from '../../robot/program/missing-await-text.ts';
import { cliText } from '../cli-text.ts';
import type { CliIo } from '../io.ts';

/** One warning about a program (--json `warnings`): a robot call without `await`. */
export interface ProgramWarning {
  code: 'MISSING_AWAIT';
  /** 1-based line and column of `robot`. */
  line: number;
  column: number;
  /** The robot method called, e.g. "distance". */
  method: string;
  /** What to do, with the line, in the run's language. */
  message: string;
}

/** The warnings about `source`, worded in `lang`. */
export function programWarnings(source: string, lang: Lang): ProgramWarning[] {
  return findMissingAwaits(source).map(({ line, column, method }) => ({
    code: 'MISSING_AWAIT',
    line,
    column,
    method,
    message: cliText('atLine', lang, {
      line,
      column,
      text: say(MISSING_AWAIT_TEXT, 'missingAwait', lang, { method }),
    }),
  }));
}

/** The warnings about `source`, also printed for people (unless `json`) before it runs. */
export function warnBeforeRun(
  io: CliIo,
  source: string,
  options: { lang: Lang; json?: boolean | undefined },
): ProgramWarning[] {
  const warnings = programWarnings(source, options.lang);
  if (!options.json) printWarnings(io, warnings);
  return warnings;
}

/** The warnings for people, on stderr, before the program runs. */
export function printWarnings(io: CliIo, warnings: readonly ProgramWarning[]): void {
  for (const w of warnings) io.stderr.write(`warning [${w.code}]: ${w.message}\n`);
}

/** After a failed run: each robot call without `await` as a possible cause, on stderr. */
export function printWarningCauses(
  io: CliIo,
  warnings: readonly ProgramWarning[],
  lang: Lang,
): void {
  for (const { method, line } of warnings)
    io.stderr.write(
      `  → ${say(MISSING_AWAIT_TEXT, 'missingAwaitCause', lang, { method, line })}\n`,
    );
}
