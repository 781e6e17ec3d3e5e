/**
 * Timers on an emulated clock, kept in the order they fall due (by time, then by when they
 * were set). The emulator's clock and the page's granted clock both keep theirs here.
 */
interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

export class TimerQueue {
  private timers: Timer[] = [];
  private seq = 0;

  /** Calls `callback` when time reaches `at` ms; returns a function that cancels it. */
  add(at: number, callback: () => void): () => void {
    const timer = { at, seq: this.seq++, callback };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /**
   * Fires, in order, the timers due by `ms`, those their callbacks set for by then too.
   * Returns whether any fired.
   */
  fireDue(ms: number): boolean {
    let fired = false;
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > ms) return fired;
      this.timers.shift();
      fired = true;
      next.callback();
    }
  }

  /** When the next timer falls due, ms, or Infinity when none is set. */
  nextAt(): number {
    return this.timers[0]?.at ?? Number.POSITIVE_INFINITY;
  }
}
