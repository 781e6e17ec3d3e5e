// The result of one run of a program, for machines (RunJson, the same for the simulator and
// a robot) and for people (printRunSummary). Shared by the run paths of `mekong run`.
import type { Lang, MekongError } from '../../robot/index.ts';
import { cliText } from '../cli-text.ts';
import type { CliIo } from '../io.ts';
import { type ProgramWarning, printWarningCauses } from './program-warnings.ts';

/** The `--json` result of one run (the same shape for --sim and the hardware path). */
export interface RunJson {
  ok: boolean;
  simTimeMs: number;
  wallMs: number;
  pose: { x: number; y: number; headingDeg: number };
  collisions: number;
  output: string[];
  error: null | {
    code: string;
    message: string;
    suggestion: string;
    line?: number;
    column?: number;
  };
  traceHash: string;
  stoppedBy: string | null;
  /** Robot calls without `await` found before the run. */
  warnings: ProgramWarning[];
}

/**
 * The end of a run for people: why it ended, the pose and events (when the pose is known:
 * a real robot has no position sensor), and the error with what to do (and the robot calls
 * without `await` that may explain it).
 */
export function printRunSummary(
  result: RunJson,
  events: readonly { type: string }[],
  lang: Lang,
  io: CliIo,
  error: MekongError | null,
  poseKnown: boolean,
): void {
  const reason =
    result.stoppedBy === 'time-limit'
      ? 'reasonTime'
      : result.stoppedBy === 'failed'
        ? 'reasonFailed'
        : 'reasonDone';
  io.stdout.write(
    `${cliText('finished', lang, {
      reason: cliText(reason, lang),
      sim: (result.simTimeMs / 1000).toFixed(2),
      wall: Math.round(result.wallMs),
    })}\n`,
  );
  if (poseKnown) {
    io.stdout.write(
      `${cliText('pose', lang, {
        x: result.pose.x.toFixed(1),
        y: result.pose.y.toFixed(1),
        h: result.pose.headingDeg.toFixed(1),
      })}\n`,
    );
    io.stdout.write(
      `${cliText('events', lang, {
        collisions: result.collisions,
        beeps: events.filter((e) => e.type === 'beep').length,
        leds: events.filter((e) => e.type === 'led').length,
      })}\n`,
    );
  } else io.stdout.write(`${cliText('noPose', lang)}\n`);
  if (error) {
    const { message, suggestion } = error.text(lang);
    io.stderr.write(`error [${error.code}]: ${message}\n  → ${suggestion}\n`);
    printWarningCauses(io, result.warnings, lang);
  }
}
