import { snapshotWorld } from '../../render/snapshot.ts';
import type { World } from '../../world/world.ts';
import type { LiveFrame, RunStatus, Setup, Speed, ToWorker } from './protocol.ts';
import { type Builtins, WorldSetup } from './world-setup.ts';

/** A run or check asked for before the sandbox had loaded. */
export type PendingRun = Extract<ToWorker, { type: 'run' | 'check' }>;

/**
 * The world on screen while the sandbox (QuickJS and the TypeScript compiler) is still
 * loading: the robots at their start, no program. A run or check asked for meanwhile waits
 * here, shown as running, and starts when the sandbox takes over (sim-worker.ts); Stop
 * drops it. The frames keep coming all along, so the page never takes the wait for a
 * wedged worker.
 */
export class IdleWorld {
  readonly start: WorldSetup;
  speed: Speed;
  pending: PendingRun | undefined;
  private readonly world: World;
  private runId = 0;
  private status: RunStatus = 'idle';

  constructor(setup: Setup, speed: Speed, builtins: Builtins) {
    this.start = new WorldSetup(setup, builtins);
    this.world = this.start.freshWorld();
    this.speed = speed;
  }

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'run':
      case 'check':
        this.pending = message;
        this.runId = message.runId;
        this.status = 'running';
        return;
      case 'continue':
        if (this.pending?.type === 'run') this.pending = { ...this.pending, stepping: false };
        return;
      case 'stop':
        if (!this.pending) return;
        this.pending = undefined;
        this.status = 'stopped';
        return;
      case 'speed':
        this.speed = message.speed;
        return;
      default:
        return;
    }
  }

  /** The sandbox could not be loaded: the waiting run will not start. */
  drop(): void {
    if (this.pending) this.status = 'stopped';
    this.pending = undefined;
  }

  frame(): LiveFrame {
    return {
      runId: this.runId,
      snapshot: snapshotWorld(this.world),
      status: this.status,
      line: undefined,
      output: [],
      outputDropped: 0,
      beeps: [],
      error: null,
      checking: this.pending?.type === 'check',
      tries: null,
      check: null,
    };
  }
}
