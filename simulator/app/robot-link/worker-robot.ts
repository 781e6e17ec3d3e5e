import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { MekongError } from '../../../robot/errors.ts';
import { runWithRobot } from '../../../robot/program/run-with-robot.ts';
import {
  type AsyncMethod,
  forwardingRobot,
  type Robot,
  type SyncMethod,
} from '../../../robot/robot.ts';
import { errorInfo } from '../sim/live-run.ts';
import type { ErrorInfo, Program } from '../sim/protocol.ts';
import type { RobotFromWorker, RobotToWorker } from './robot-protocol.ts';

const restore = (info: ErrorInfo) => MekongError.restore(info.code, info.params, info);

/**
 * The worker's side of a program on the connected robot (see robot-protocol.ts): a stand-in
 * Robot whose calls go to the page, and the run of the program against it.
 */
export class WorkerRobotRun {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void }
  >();
  private lost: MekongError | null = null;
  private readonly over = new AbortController();
  private timeMs = 0;
  private timeAt: number;

  constructor(
    private readonly post: (message: RobotFromWorker) => void,
    private readonly now: () => number,
    private readonly runId: number,
  ) {
    this.timeAt = now();
  }

  /** Runs `program` to its end; posts its output as it comes and its end. */
  async run(program: Program, quickjs: QuickJSWASMModule): Promise<void> {
    const { runId, post } = this;
    const outcome = await runWithRobot({
      quickjs,
      ...program,
      robot: this.robot(),
      now: this.now,
      signal: this.over.signal,
      trackLines: true,
      onLog: (_level, text) => post({ type: 'robot-output', runId, lines: [text] }),
    }).catch((error: unknown) => ({
      ok: false,
      error: new MekongError('STOPPED'),
      output: [],
      broken: error,
    }));
    post({ type: 'robot-end', runId, error: outcome.error ? errorInfo(outcome.error) : null });
  }

  handle(message: RobotToWorker): void {
    switch (message.type) {
      case 'robot-reply': {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        this.timeMs = message.timeMs;
        this.timeAt = this.now();
        if (message.error) waiting?.reject(restore(message.error));
        else waiting?.resolve(message.value);
        return;
      }
      case 'robot-lost':
        this.lost = restore(message.error);
        return;
      case 'robot-stop':
        this.over.abort();
        return;
      case 'robot-run':
        return;
    }
  }

  private robot(): Robot {
    const { post, runId } = this;
    const sync = (method: SyncMethod, args: unknown[]): unknown => {
      if (this.lost) throw this.lost;
      if (method === 'time') return Math.round(this.timeMs + (this.now() - this.timeAt));
      post({ type: 'robot-sync', runId, method, args });
      return undefined;
    };
    const call = (method: AsyncMethod, args: unknown[]) => {
      if (this.lost) return Promise.reject(this.lost);
      const id = this.nextId++;
      return new Promise((resolve, reject) => {
        this.waiting.set(id, { resolve, reject });
        post({ type: 'robot-call', runId, id, method, args });
      });
    };
    return forwardingRobot(sync, call);
  }
}
