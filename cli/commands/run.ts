import { DEFAULT_KIT_ID, LANGS, type Lang, type MekongError } from '../../robot/index.ts';
import {
  DEFAULT_WORLD_ID,
  REALISM_LEVELS,
  type Realism,
  SimSession,
} from '../../simulator/world/index.ts';
import { cliText } from '../cli-text.ts';
import {
  type CliIo,
  choiceOption,
  EXIT,
  intOption,
  loadKit,
  loadProgram,
  loadWorld,
  numberOption,
} from '../io.ts';
import { loadQuickJs } from '../quickjs-node.ts';

export interface RunOptions {
  sim?: boolean;
  world?: string;
  kit?: string;
  seed?: string;
  realism?: string;
  maxTime?: string;
  json?: boolean;
  /** Run as this lesson (see cli/commands/lessons.ts). */
  lesson?: string;
  lang: Lang;
}

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
}

/** `mekong run <program> --sim`: runs a program in the headless simulator. */
export async function runCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  if (options.lesson !== undefined) {
    return (await import('./lessons.ts')).runLessonCommand(programFile, options, io, now);
  }
  const realism: Realism = choiceOption('--realism', options.realism ?? 'ideal', REALISM_LEVELS);
  const seed = intOption('--seed', options.seed ?? '1', 0, 2 ** 31 - 1);
  const maxTimeS = numberOption('--max-time', options.maxTime ?? '60', 0.001, 3600);
  choiceOption('--lang', options.lang, LANGS);
  const [program, kit, world, quickjs] = await Promise.all([
    loadProgram(programFile),
    loadKit(options.kit ?? DEFAULT_KIT_ID),
    loadWorld(options.world ?? DEFAULT_WORLD_ID),
    loadQuickJs(),
  ]);
  const started = now();
  const session = new SimSession({
    world,
    entries: [{ kit, ...program }],
    seed,
    realism,
    maxTimeMs: Math.round(maxTimeS * 1000),
    quickjs,
    now,
  });
  session.runToEnd();
  const wallMs = now() - started;
  const outcome = session.outcomes[0];
  const body = session.bodies[0];
  if (!outcome || !body) throw new Error('session lost its robot');
  const events = session.world.trace.events;
  const result: RunJson = {
    ok: outcome.ok,
    simTimeMs: session.world.time,
    wallMs: Math.round(wallMs * 100) / 100,
    pose: { x: body.x, y: body.y, headingDeg: body.headingDeg },
    collisions: events.filter((e) => e.type === 'collision').length,
    output: outcome.output,
    error: outcome.error ? errorJson(outcome.error, options.lang) : null,
    traceHash: session.traceHash(),
    stoppedBy: outcome.stoppedBy,
  };
  session.dispose();
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else printHuman(result, events, options.lang, io, outcome.error);
  return result.ok ? EXIT.ok : EXIT.programFailed;
}

function errorJson(error: MekongError, lang: Lang): RunJson['error'] {
  return error.toJSON(lang);
}

function printHuman(
  result: RunJson,
  events: readonly { type: string }[],
  lang: Lang,
  io: CliIo,
  error: MekongError | null,
): void {
  for (const line of result.output) io.stdout.write(`${line}\n`);
  printRunSummary(result, events, lang, io, error, true);
}

/**
 * The end of a run for people: why it ended, the pose and events (when the pose is known:
 * a real robot has no position sensor), and the error with what to do.
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
  }
}
