import type { Clock } from '../../../firmware-bridge/bridge/clock.ts';
import { TimerQueue } from '../../../firmware-bridge/bridge/timer-queue.ts';

/**
 * The emulated board's clock, on the page: `now()` is the emulated time the worker has
 * been granted, which is when whatever the page writes now reaches the firmware (see
 * emulator-protocol.ts). Timers fire as the worker reports its time; the worker is never
 * granted time past the next timer, so a timer fires at its exact emulated ms.
 */
export class GrantedClock implements Clock {
  private granted = 0;
  private readonly timers = new TimerQueue();
  private reportedMs = 0;
  private grantSoon = false;

  /**
   * @param grant tells the worker it may run until the given emulated ms.
   * @param windowMs how far ahead of its last report the worker may run when no timer
   *   is due sooner, ms: larger means fewer messages, smaller means quicker answers.
   */
  constructor(
    private readonly grant: (until: number) => void,
    private readonly windowMs = 100,
  ) {}

  now(): number {
    return this.granted;
  }

  setTimer(ms: number, callback: () => void): () => void {
    return this.timers.add(this.granted + Math.max(0, ms), callback);
  }

  /**
   * The worker reached emulated ms `ms`: fire the timers due, then grant it more time, once
   * what they started has run (a move's end writes its stop after a few promise turns, and
   * that write must be stamped with this time, not the next grant).
   */
  reached(ms: number): void {
    this.reportedMs = ms;
    this.timers.fireDue(ms);
    if (this.grantSoon) return;
    this.grantSoon = true;
    setTimeout(() => this.grantMore(), 0);
  }

  private grantMore(): void {
    this.grantSoon = false;
    const ms = this.reportedMs;
    const until = Math.min(this.timers.nextAt(), ms + this.windowMs);
    if (until > this.granted) {
      this.granted = until;
      this.grant(until);
    }
  }
}
