import type { AsyncMethod, SyncMethod } from '../../../robot/robot.ts';
import type { ErrorInfo, Program } from '../sim/protocol.ts';

/**
 * A program on the connected robot: it runs in the simulation worker's sandbox, as every
 * program does, and its robot calls cross to the page, where the hardware robot lives
 * (johnny-five on the Web Serial port). The page has no shared memory with the worker
 * (that needs cross-origin isolation), so a sync call (drive, stop, led) cannot wait for
 * the robot's answer: it is sent on, and a failure (the robot was unplugged) reaches the
 * program at its next call. `time()` counts from the robot's time in the last answer.
 */
export type RobotToWorker =
  | { type: 'robot-run'; program: Program; runId: number }
  /** The answer to async call `id`: its value, or its error. `timeMs`: the robot's time() now. */
  | { type: 'robot-reply'; id: number; value?: unknown; error?: ErrorInfo; timeMs: number }
  /** A sync call failed on the robot: the program's next call fails with it. */
  | { type: 'robot-lost'; error: ErrorInfo }
  /** Stop pressed: the program ends with STOPPED at once. */
  | { type: 'robot-stop' };

export type RobotFromWorker =
  | { type: 'robot-call'; runId: number; id: number; method: AsyncMethod; args: unknown[] }
  | { type: 'robot-sync'; runId: number; method: Exclude<SyncMethod, 'time'>; args: unknown[] }
  | { type: 'robot-output'; runId: number; lines: string[] }
  | { type: 'robot-end'; runId: number; error: ErrorInfo | null };
