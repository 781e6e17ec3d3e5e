/** The emulated board's clock: timers fire when emulated time reaches them, in order. */
import type { Clock } from '../bridge/clock.ts';

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

export class EmulatorClock implements Clock {
  private timeMs = 0;
  private timers: Timer[] = [];
  private seq = 0;

  now(): number {
    return this.timeMs;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer = { at: this.timeMs + Math.max(0, ms), seq: this.seq++, callback };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time to `ms` and fires the timers due by then. Returns whether any fired. */
  advanceTo(ms: number): boolean {
    this.timeMs = Math.max(this.timeMs, ms);
    let fired = false;
    while (this.timers.length > 0 && (this.timers[0] as Timer).at <= this.timeMs) {
      const timer = this.timers.shift() as Timer;
      fired = true;
      timer.callback();
    }
    return fired;
  }

  /** Emulated ms until the next timer, or Infinity. */
  untilNextTimer(): number {
    const next = this.timers[0];
    return next ? Math.max(0, next.at - this.timeMs) : Number.POSITIVE_INFINITY;
  }
}
