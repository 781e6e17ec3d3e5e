import { parentPort } from 'node:worker_threads';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { type LessonRun, runLesson } from '../../lessons/run-lesson.ts';
import { type ErrorData, errorData, isMekongError } from '../../robot/errors.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { SliceBeacon } from '../../robot/program/hard-stop.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';
import { type RunOutcome, runWithRobot } from '../../robot/program/run-with-robot.ts';
import type { Realism } from '../../simulator/world/realism.ts';
import { SimSession } from '../../simulator/world/sim-session.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';
import { type RelayEnd, relayedRobot } from './robot-relay.ts';

export interface ProgramData {
  source: string;
  language: 'ts' | 'js';
  fileName: string;
}

/**
 * What a sandbox thread runs: `mekong run --sim`, `mekong run --lesson`, or a program that
 * drives a robot on the host (`--port`, `--emulate`) through the relay sent with the job.
 * `maxTimeMs` (robot time, ms) also bounds the run's wall time (SliceWatchLimits.runMs).
 */
export type SandboxJob =
  | {
      kind: 'sim';
      world: WorldSpec;
      kit: Kit;
      program: ProgramData;
      seed: number;
      realism: Realism;
      maxTimeMs: number;
    }
  | { kind: 'lesson'; lesson: Lesson; kit: Kit; program: ProgramData; seed: number }
  | { kind: 'robot'; program: ProgramData; maxTimeMs: number };

/** The end of a `sim` job: what `mekong run --sim --json` prints, less the wall time. */
export interface SimResult {
  ok: boolean;
  simTimeMs: number;
  pose: { x: number; y: number; headingDeg: number };
  /** The trace's event types, in order (the summary counts collisions, beeps, LEDs). */
  events: { type: string }[];
  output: string[];
  error: ErrorData | null;
  traceHash: string;
  stoppedBy: string | null;
}

/** The end of a `lesson` job: the run, its error as data. */
export type LessonResult = Omit<LessonRun, 'outcome'> & {
  outcome: Omit<LessonRun['outcome'], 'error'> & { error: ErrorData | null };
};

/** The end of a `robot` job: runWithRobot's outcome, its error as data. */
export type RobotResult = Omit<RunOutcome, 'error'> & { error: ErrorData | null };

export type SandboxResult<J extends SandboxJob> = J extends { kind: 'sim' }
  ? SimResult
  : J extends { kind: 'lesson' }
    ? LessonResult
    : RobotResult;

/** `relay`: the thread's end of the robot relay, with a `robot` job. */
export type ToSandbox = {
  type: 'job';
  job: SandboxJob;
  beacon: SharedArrayBuffer;
  relay?: RelayEnd;
};
export type FromSandbox =
  | { type: 'log'; text: string }
  | { type: 'result'; result: SimResult | LessonResult | RobotResult }
  /** The job threw: a MekongError as data, anything else as its message. */
  | { type: 'failed'; message: string; error?: ErrorData };

const now = () => performance.now();
/** Loaded while the host still prepares the job. */
const quickjsReady = loadQuickJS();

async function run(
  { job, relay }: ToSandbox,
  beacon: SliceBeacon,
  log: (text: string) => void,
): Promise<SimResult | LessonResult | RobotResult> {
  const quickjs = await quickjsReady;
  if (job.kind === 'robot') {
    if (!relay) throw new Error('a robot job came without its relay');
    const { robot, signal } = relayedRobot(relay);
    const { error, ...outcome } = await runWithRobot({
      quickjs,
      ...job.program,
      robot,
      now,
      signal,
      beacon,
      onLog: (_level, text) => log(text),
    });
    return { ...outcome, error: errorData(error) };
  }
  if (job.kind === 'lesson') {
    const { lesson, kit, program, seed } = job;
    const run = runLesson({ lesson, kit, ...program, seed, quickjs, now, beacon, onLog: log });
    return { ...run, outcome: { ...run.outcome, error: errorData(run.outcome.error) } };
  }
  const session = new SimSession({
    world: job.world,
    entries: [{ kit: job.kit, ...job.program }],
    seed: job.seed,
    realism: job.realism,
    maxTimeMs: job.maxTimeMs,
    quickjs,
    now,
    beacon,
    onLog: (_robot, text) => log(text),
  });
  try {
    session.runToEnd();
    const outcome = session.outcomes[0];
    const body = session.bodies[0];
    if (!outcome || !body) throw new Error('session lost its robot');
    return {
      ok: outcome.ok,
      simTimeMs: session.world.time,
      pose: { x: body.x, y: body.y, headingDeg: body.headingDeg },
      events: session.world.trace.events.map((e) => ({ type: e.type })),
      output: outcome.output,
      error: errorData(outcome.error),
      traceHash: session.traceHash(),
      stoppedBy: outcome.stoppedBy,
    };
  } finally {
    session.dispose();
  }
}

const port = parentPort;
if (port) {
  const post = (message: FromSandbox) => port.postMessage(message);
  port.once('message', async (message: ToSandbox) => {
    try {
      const beacon = new SliceBeacon(message.beacon);
      const result = await run(message, beacon, (text) => post({ type: 'log', text }));
      post({ type: 'result', result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const data = isMekongError(error) ? errorData(error) : null;
      post({ type: 'failed', message, ...(data ? { error: data } : {}) });
    }
  });
}
