/** The emulated board's clock: timers fire when emulated time reaches them, in order. */
import type { Clock } from '../bridge/clock.ts';
import { TimerQueue } from '../bridge/timer-queue.ts';

export class EmulatorClock implements Clock {
  private timeMs = 0;
  private readonly timers = new TimerQueue();

  now(): number {
    return this.timeMs;
  }

  setTimer(ms: number, callback: () => void): () => void {
    return this.timers.add(this.timeMs + Math.max(0, ms), callback);
  }

  /** Moves time to `ms` and fires the timers due by then. Returns whether any fired. */
  advanceTo(ms: number): boolean {
    this.timeMs = Math.max(this.timeMs, ms);
    return this.timers.fireDue(this.timeMs);
  }

  /** Emulated ms until the next timer, or Infinity. */
  untilNextTimer(): number {
    return Math.max(0, this.timers.nextAt() - this.timeMs);
  }
}
