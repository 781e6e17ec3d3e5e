import { MessageChannel } from 'node:worker_threads';
import { type RunOutcome, stopRobot } from '../../robot/program/run-with-robot.ts';
import type { Robot } from '../../robot/robot.ts';
import { fromData } from './error-data.ts';
import { type Pausable, serveRobot } from './robot-relay.ts';
import type { Sandbox } from './sandbox-thread.ts';
import type { ProgramData } from './sandbox-worker.ts';

export interface RobotRunOptions {
  /** The robot on this thread (HardwareRobot on a port or the emulated board, a test fake). */
  robot: Robot;
  program: ProgramData;
  /**
   * The run's time limit, ms: after it the program stops at its next robot call (as with
   * `signal`); after it plus the hard stop's grace the thread is ended, whatever it does.
   */
  maxTimeMs: number;
  /** Aborting stops the program at its next robot call (or at once while one is pending). */
  signal?: AbortSignal;
  /** Paused while the program runs a slice: see serveRobot. */
  hold?: Pausable;
}

/** A run on a robot as runWithRobot ends it, and how the hard stop ended it, if it did. */
export interface RobotRun extends RunOutcome {
  /** The hard stop ended the thread: how long the program had run (slice or whole run), ms. */
  hardStopMs?: number;
}

/**
 * runWithRobot, with the program in `sandbox`'s thread and the robot here: a slice that
 * outruns its budget (one native operation, a loop that catches its own stop) or a run
 * that outruns its time limit is ended by ending the thread, and the robot is stopped
 * here. As with runWithRobot, the robot is stopped whenever the program ends.
 */
export async function runOnRobot(sandbox: Sandbox, options: RobotRunOptions): Promise<RobotRun> {
  const { robot, hold } = options;
  const { port1, port2 } = new MessageChannel();
  const answered = new SharedArrayBuffer(4);
  const server = serveRobot(port1, answered, robot, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(hold ? { hold } : {}),
  });
  hold?.stop();
  try {
    const job = { kind: 'robot', program: options.program, maxTimeMs: options.maxTimeMs } as const;
    const ran = await sandbox.run(job, { port: port2, answered }).catch((error: unknown) => {
      throw server.broken ?? error;
    });
    if (server.broken !== undefined) throw server.broken;
    if (ran.kind === 'done') {
      const { error, ...outcome } = ran.result;
      return { ...outcome, error: error ? fromData(error) : null };
    }
    hold?.start();
    // A robot that cannot stop (unplugged) is news only when nothing else went wrong.
    stopRobot(robot);
    return {
      ok: false,
      error: ran.error,
      output: ran.output,
      hardStopMs: ran.stop.ranMs,
    };
  } catch (error) {
    // The thread failed (a bug, not the program): the robot still stops.
    hold?.start();
    stopRobot(robot);
    throw error;
  } finally {
    server.close();
    hold?.start();
  }
}
