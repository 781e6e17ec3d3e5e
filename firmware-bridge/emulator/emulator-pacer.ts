/**
 * Runs an emulated robot against the wall clock: emulated time follows real time (×
 * `speed`), 1 ms world step after 1 ms world step, in short slices so that the host
 * (johnny-five, the student's program, a TCP client) runs in between. A slice ends early
 * when an emulated-clock timer fired or the firmware sent bytes, so the host reacts at
 * the right emulated moment. When the machine is too slow, emulated time slips behind the
 * wall clock instead of racing to catch up; everything timed on the emulated clock stays
 * exact.
 */
import type { EmulatedRobot } from './emulated-robot.ts';
import type { EmulatorClock } from './emulator-clock.ts';

export interface PacerOptions {
  /** Wall clock, ms (performance.now in the CLI). */
  now: () => number;
  /** Emulated ms per wall ms; 'max' runs as fast as the CPU allows. Default 1. */
  speed?: number | 'max';
  /** Longest slice of emulation before yielding to the host, wall ms. Default 4. */
  sliceMs?: number;
  /** Lag behind real time that is given up rather than caught up, emulated ms. Default 100. */
  maxLagMs?: number;
}

export class EmulatorPacer {
  /** Emulated ms given up because the machine could not keep real time. */
  slippedMs = 0;
  /** Slices run so far. */
  slices = 0;
  private readonly speed: number;
  private readonly sliceMs: number;
  private readonly maxLagMs: number;
  private readonly now: () => number;
  private readonly afterSlice: (() => void)[] = [];
  private running = false;
  private yieldSoon = false;
  private wallStart = 0;
  private emulatedStart = 0;
  private handle: { cancel(): void } | null = null;

  constructor(
    private readonly robot: EmulatedRobot,
    private readonly clock: EmulatorClock,
    options: PacerOptions,
  ) {
    this.now = options.now;
    this.speed = options.speed === 'max' ? Number.POSITIVE_INFINITY : (options.speed ?? 1);
    this.sliceMs = options.sliceMs ?? 4;
    this.maxLagMs = options.maxLagMs ?? 100;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Runs `callback` after every slice (to hand the firmware's bytes to the host). */
  onSlice(callback: () => void): () => void {
    this.afterSlice.push(callback);
    return () => {
      const at = this.afterSlice.indexOf(callback);
      if (at >= 0) this.afterSlice.splice(at, 1);
    };
  }

  /** Ends the current slice after this step (the firmware has something for the host). */
  requestYield(): void {
    this.yieldSoon = true;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wallStart = this.now();
    this.emulatedStart = this.robot.elapsedMs;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    this.handle?.cancel();
    this.handle = null;
  }

  /** Emulated ms that real time (× speed) has reached. */
  private target(): number {
    if (this.speed === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
    return this.emulatedStart + (this.now() - this.wallStart) * this.speed;
  }

  private slice(): void {
    this.handle = null;
    if (!this.running) return;
    this.slices += 1;
    const deadline = this.now() + this.sliceMs;
    const { robot, clock } = this;
    this.yieldSoon = false;
    while (robot.elapsedMs + 1 <= this.target()) {
      robot.stepMs();
      const fired = clock.advanceTo(robot.elapsedMs);
      if (fired || this.yieldSoon || !this.running || this.now() >= deadline) break;
    }
    for (const callback of [...this.afterSlice]) callback();
    if (!this.running) return;
    const lag = this.target() - robot.elapsedMs;
    if (Number.isFinite(lag) && lag > this.maxLagMs) {
      const giveUp = lag - this.maxLagMs;
      this.slippedMs += giveUp;
      this.emulatedStart -= giveUp;
    }
    this.schedule(lag >= 1 ? 0 : Math.max(1, (1 - lag) / this.speed));
  }

  private schedule(delayMs: number): void {
    if (delayMs <= 0) {
      const id = setImmediate(() => this.slice());
      this.handle = { cancel: () => clearImmediate(id) };
    } else {
      const id = setTimeout(() => this.slice(), delayMs);
      this.handle = { cancel: () => clearTimeout(id) };
    }
  }
}
