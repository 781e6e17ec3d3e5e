import { MekongError } from '../errors.ts';
import type { AsyncMethod, Robot } from '../robot.ts';
import { createProgram } from './create-program.ts';
import { type SliceBeacon, watchedClock, watchedRun } from './hard-stop.ts';
import type { CallResult, LogLevel, ProgramOptions, ProgramStep } from './types.ts';

export interface RunWithRobotOptions extends Omit<ProgramOptions, 'host'> {
  /** Any Robot implementation: simulator, hardware, a test fake. */
  robot: Robot;
  /** Every console line as it is printed. */
  onLog?: (level: LogLevel, text: string) => void;
  /** Aborting stops the program at its next robot call (or at once while one is pending). */
  signal?: AbortSignal;
  /** For a host that may kill this thread: every slice is marked on it (hard-stop.ts). */
  beacon?: SliceBeacon;
}

export interface RunOutcome {
  ok: boolean;
  error: MekongError | null;
  /** Console lines in order (at most DEFAULT_LIMITS.outputLines). */
  output: string[];
  /** See ProgramStep `failed.quickjsDamaged`: load a fresh QuickJS module before long. */
  quickjsDamaged?: boolean;
}

/**
 * Runs a program against a Robot: loops start/resume, awaiting `robot[method](...args)` for
 * each async call; sync calls go to the robot directly. Always calls `robot.stop()` when
 * the program ends, fails or is stopped. Errors that are not MekongErrors (bugs in the
 * robot or host) are rethrown after the robot is stopped.
 */
export async function runWithRobot(options: RunWithRobotOptions): Promise<RunOutcome> {
  const { robot, onLog, signal, beacon, ...programOptions } = options;
  const output: string[] = [];
  const created = createProgram({
    ...programOptions,
    ...(beacon
      ? { now: watchedClock(options.now, beacon), onSliceStart: () => beacon.restart() }
      : {}),
    host: {
      callSync: (method, args) => (robot[method] as (...a: unknown[]) => unknown)(...args),
      log: (level, text) => {
        output.push(text);
        onLog?.(level, text);
      },
    },
  });
  const run = beacon ? watchedRun(created, beacon) : created;
  let step: ProgramStep = stopped();
  try {
    if (!signal?.aborted) step = run.start();
    while (step.kind === 'call') {
      const result = await callRobot(robot, step.method, step.args, signal);
      step = result === 'aborted' ? stopped() : run.resume(result);
    }
  } finally {
    run.dispose();
    const stopError = stopRobot(robot);
    // A robot that cannot stop (e.g. unplugged) is news only when nothing else went wrong.
    if (stopError && step.kind === 'done') step = { kind: 'failed', error: stopError };
  }
  if (step.kind === 'done') return { ok: true, error: null, output };
  return {
    ok: false,
    error: step.error,
    output,
    ...(step.quickjsDamaged ? { quickjsDamaged: true } : {}),
  };
}

/** `robot.stop()`; a MekongError it throws is returned, anything else thrown on. */
export function stopRobot(robot: Robot): MekongError | undefined {
  try {
    robot.stop();
    return undefined;
  } catch (error) {
    if (error instanceof MekongError) return error;
    throw error;
  }
}

function stopped(): ProgramStep {
  return { kind: 'failed', error: new MekongError('STOPPED') };
}

/** Awaits one robot call; resolves 'aborted' as soon as the signal fires. */
async function callRobot(
  robot: Robot,
  method: AsyncMethod,
  args: unknown[],
  signal: AbortSignal | undefined,
): Promise<CallResult | 'aborted'> {
  if (signal?.aborted) return 'aborted';
  const pending = (async (): Promise<CallResult> => {
    // A call that fails before any timer could run was refused before it reached the robot
    // (its arguments, a robot not connected): it took no robot time (see CallResult).
    let waited = false;
    const turn = setTimeout(() => {
      waited = true;
    }, 0);
    try {
      const value = await (robot[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof MekongError) return { ok: false, error, refused: !waited };
      throw error;
    } finally {
      clearTimeout(turn);
    }
  })();
  if (!signal) return pending;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([pending, aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    // The robot call may still settle after an abort; nobody waits for it any more.
    pending.catch(() => {});
  }
}
