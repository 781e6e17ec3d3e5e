/**
 * Watches one output pin of the emulated board and measures its waveform the way the
 * device on that pin feels it: PWM duty over each whole period (a motor follows the
 * average voltage), pulse width (a servo), frequency (a buzzer). Emulated cycles only.
 */
import type { EmulatedBoard } from './avr-harness.ts';

export class PinMeter {
  /** Current driven level (false while the pin is an input). */
  level: boolean;
  /** High time of the latest complete pulse, cycles (0 before the first). */
  pulseCycles = 0;
  /** Latest complete rising-to-rising period, cycles (0 = not toggling or not known yet). */
  periodCycles = 0;
  private periodHighCycles = 0;
  /** The latest whole period ever seen on this pin, cycles. */
  private knownPeriodCycles = 0;
  private lastEdgeAt = Number.NEGATIVE_INFINITY;
  private lastRiseAt = Number.NEGATIVE_INFINITY;
  private fallAt = Number.NEGATIVE_INFINITY;
  private held = 0;
  private readonly maxPeriodCycles: number;
  private readonly detach: () => void;

  /**
   * @param maxPeriodUs longest period that still counts as one waveform, µs: a rising edge
   *   after a longer gap starts a new waveform whose period is not known yet.
   */
  constructor(
    private readonly board: EmulatedBoard,
    readonly pin: number,
    maxPeriodUs: number,
  ) {
    this.maxPeriodCycles = (maxPeriodUs * board.definition.clockHz) / 1e6;
    this.level = board.outputHigh(pin);
    this.held = this.level ? 1 : 0;
    this.detach = board.onPinChange(pin, (high) => this.edge(high));
  }

  private edge(high: boolean): void {
    const now = this.board.cpu.cycles;
    this.level = high;
    this.lastEdgeAt = now;
    if (high) {
      const period = now - this.lastRiseAt;
      if (this.fallAt > this.lastRiseAt && period <= this.maxPeriodCycles) {
        this.periodCycles = period;
        this.knownPeriodCycles = period;
        this.periodHighCycles = this.fallAt - this.lastRiseAt;
      } else this.periodCycles = 0;
      this.lastRiseAt = now;
    } else {
      this.fallAt = now;
      this.pulseCycles = now - this.lastRiseAt;
      // First pulse of a new waveform: assume the pin's usual period until a whole one is seen,
      // so a motor starts as promptly as it stops.
      if (this.periodCycles === 0 && this.knownPeriodCycles > 0) {
        this.periodCycles = this.knownPeriodCycles;
        this.periodHighCycles = this.pulseCycles;
      }
    }
  }

  /** True while the pin keeps toggling: a rising edge within 1.5 periods. */
  isToggling(): boolean {
    return (
      this.periodCycles > 0 && this.board.cpu.cycles - this.lastRiseAt <= 1.5 * this.periodCycles
    );
  }

  /**
   * Duty 0..1 over the latest whole PWM period. A waveform that has just started keeps the
   * previous duty until its first whole period; a steady pin (analogWrite 0 or 255) gives
   * its level.
   */
  duty(): number {
    if (this.isToggling()) {
      this.held = this.periodHighCycles / this.periodCycles;
    } else if (!(this.level && this.board.cpu.cycles - this.lastEdgeAt <= this.maxPeriodCycles)) {
      this.held = this.level ? 1 : 0;
    }
    return this.held;
  }

  /** Frequency of the toggling, Hz; 0 when the pin is not toggling. */
  frequencyHz(): number {
    return this.isToggling() ? this.board.definition.clockHz / this.periodCycles : 0;
  }

  /** Width of the latest high pulse, µs, if it started within `withinUs`; else null. */
  recentPulseUs(withinUs: number): number | null {
    const clock = this.board.definition.clockHz;
    const sinceUs = ((this.board.cpu.cycles - this.lastRiseAt) * 1e6) / clock;
    if (this.pulseCycles <= 0 || sinceUs > withinUs) return null;
    return (this.pulseCycles * 1e6) / clock;
  }

  stop(): void {
    this.detach();
  }
}
