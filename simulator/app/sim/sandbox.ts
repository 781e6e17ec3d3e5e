/// <reference lib="webworker" />
// The part of the simulation worker that runs programs: QuickJS (WASM), the TypeScript
// compiler and the live run. sim-worker.ts loads it once the page has drawn its first
// frame (or at the first run), so a first visit shows the arena before fetching it.
// zod's eval off first, as in checking.ts: zod's schemas come with the sandbox (the world
// on screen before it uses the builtins the build checked), and the switch must come first.
import '../no-eval.ts';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { errorData } from '../../../robot/errors.ts';
import { isMekongError } from '../../../robot/index.ts';
import { WorkerRobotRun } from '../robot-link/worker-robot.ts';
import { type Checking, LiveRun, runHeadless } from './live-run.ts';
import type { FromWorker, Speed, ToWorker } from './protocol.ts';
import type { Builtins, WorldSetup } from './world-setup.ts';

export class Sandbox {
  private quickjsReady: Promise<QuickJSWASMModule> = newQuickJSWASMModuleFromVariant(variant);
  private live: LiveRun | undefined;
  /** The program on the connected robot, if one runs. */
  private onRobot: WorkerRobotRun | undefined;
  /** Whether the live run's failure has been looked at (see `renewAfter`). */
  private failureSeen = false;
  /** What a mission check needs (checking.ts), loaded at the first check. */
  private checking: Promise<Checking> | undefined;
  private checks: Checking | undefined;

  /** `builtins`: the worlds and kits as the build checked them (sim-worker.ts). */
  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly now: () => number,
    private readonly builtins: Builtins,
  ) {}

  /** Resolves when QuickJS has loaded: a run can start at once. */
  async ready(): Promise<void> {
    await this.quickjsReady;
  }

  /** Takes over the world on screen (the robots at their start, no program). */
  adopt(start: WorldSetup, speed: Speed): void {
    this.live?.dispose();
    this.live = new LiveRun(start, this.now, this.builtins);
    this.live.speed = speed;
  }

  /**
   * A program that overflowed the native stack (TOO_DEEP) leaves QuickJS untrustworthy
   * (robot/program/types.ts): the next run gets a freshly loaded module.
   */
  private renewAfter(code: string | undefined): void {
    if (code === 'TOO_DEEP') this.quickjsReady = newQuickJSWASMModuleFromVariant(variant);
  }

  async handle(message: ToWorker): Promise<void> {
    const { post, now } = this;
    switch (message.type) {
      case 'robot-run': {
        this.onRobot?.handle({ type: 'robot-stop' });
        const run = new WorkerRobotRun(post, now, message.runId);
        this.onRobot = run;
        const quickjs = await this.quickjsReady;
        void run.run(message.program, quickjs);
        return;
      }
      case 'robot-reply':
      case 'robot-lost':
      case 'robot-stop':
        this.onRobot?.handle(message);
        return;
      case 'load':
        this.live?.dispose();
        this.live = new LiveRun(message.setup, now, this.builtins);
        post({ type: 'world', spec: this.live.spec, kits: this.live.kits });
        return;
      case 'run':
        this.failureSeen = false;
        this.live?.run(message.program, message.stepping, await this.quickjsReady, message.runId);
        return;
      case 'check': {
        this.failureSeen = false;
        this.checking ??= import('./checking.ts');
        const [checking, quickjs] = await Promise.all([this.checking, this.quickjsReady]);
        this.checks = checking;
        this.live?.check(
          message.lesson,
          message.kit,
          message.program,
          quickjs,
          checking,
          message.runId,
        );
        return;
      }
      case 'step':
        this.live?.step();
        return;
      case 'continue':
        this.live?.continue();
        return;
      case 'stop':
        this.live?.stop();
        return;
      case 'speed':
        if (this.live) this.live.speed = message.speed;
        return;
      case 'tick': {
        const live = this.live;
        if (!live) return;
        const started = now();
        const frame = live.tick(message.now);
        post({ type: 'frame', ...frame, stepMs: now() - started });
        // A check's headless runs may have failed where the page saw no failure.
        // (A frame carries a check's result only after a check: `checks` has loaded.)
        if (frame.check && this.checks?.damagesQuickJs(frame.check.grade))
          this.renewAfter('TOO_DEEP');
        else if (frame.status === 'failed' && !this.failureSeen) this.renewAfter(frame.error?.code);
        if (frame.status === 'failed') this.failureSeen = true;
        return;
      }
      case 'headless': {
        const quickjs = await this.quickjsReady;
        try {
          const result = runHeadless(
            message.setup,
            message.program,
            message.trackLines,
            quickjs,
            now,
            this.builtins,
          );
          this.renewAfter(result.error?.code);
          post({ type: 'headless-result', id: message.id, result });
        } catch (error) {
          post({
            type: 'headless-error',
            id: message.id,
            error: isMekongError(error)
              ? errorData(error)
              : { message: error instanceof Error ? error.message : String(error) },
          });
        }
        return;
      }
      case 'prepare':
        return;
    }
  }
}
