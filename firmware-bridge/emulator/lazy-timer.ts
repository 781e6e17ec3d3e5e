/**
 * avr8js counts a timer one prescaler tick at a time: a clock event every 64 cycles for
 * the Arduino core's timers, three timers, so an event every ~21 cycles, and a sleeping
 * CPU (avr-harness.ts skips sleep from one clock event to the next) never sleeps long.
 * Yet between two ticks where something happens (the counter reaches a compare value, its
 * top or bottom) nothing anyone can see changes: a read of TCNT counts up to "now" by
 * itself. So the timer's next clock event is put on the tick where something happens;
 * writes to its registers first count the ticks already due with the old settings, then
 * put the event back on the next tick, as avr8js would have it. Flags, interrupts and PWM
 * edges come on the same cycles as when counting tick by tick (tests/firmware-bridge/
 * emulator/lazy-timer.test.ts runs the firmware both ways and compares).
 *
 * This reads avr8js's private timer state; where the shape is not the one known here
 * (another avr8js), the timer is left to count tick by tick.
 */
import type { AVRTimer, AVRTimerConfig, CPU } from 'avr8js';

/** The private parts of avr8js 0.21's AVRTimer this reads and wraps. */
interface TimerState {
  count: (reschedule?: boolean, external?: boolean) => void;
  readonly config: AVRTimerConfig;
  readonly divider: number;
  readonly lastCycle: number;
  readonly tcnt: number;
  readonly tcntUpdated: boolean;
  readonly updateDivider: boolean;
  readonly countingUp: boolean;
  readonly timerMode: number;
  readonly TOP: number;
  readonly ocrA: number;
  readonly ocrB: number;
  readonly ocrC: number;
  readonly hasOCRC: boolean;
}

/** avr8js's TimerMode values of the two phase-correct modes (they count up, then down). */
const PHASE_CORRECT = new Set([1, 4]);

/** The timer's private state, or null where it is not the shape known here. */
function stateOf(timer: AVRTimer): TimerState | null {
  const state = timer as unknown as Partial<Record<keyof TimerState, unknown>>;
  const known =
    typeof state.count === 'function' &&
    typeof state.divider === 'number' &&
    typeof state.lastCycle === 'number' &&
    typeof state.tcnt === 'number' &&
    typeof state.tcntUpdated === 'boolean' &&
    typeof state.updateDivider === 'boolean' &&
    typeof state.countingUp === 'boolean' &&
    typeof state.timerMode === 'number' &&
    typeof state.TOP === 'number' &&
    typeof state.ocrA === 'number';
  return known ? (timer as unknown as TimerState) : null;
}

/** Prescaler ticks from now until the counter reaches a value where something happens. */
export function ticksToNextChange(timer: TimerState): number {
  const top = timer.TOP;
  const value = timer.tcnt;
  const compares = timer.hasOCRC ? [timer.ocrA, timer.ocrB, timer.ocrC] : [timer.ocrA, timer.ocrB];
  if (value > top || top === 0) return 1;
  const phaseCorrect = PHASE_CORRECT.has(timer.timerMode);
  if (phaseCorrect && !timer.countingUp) {
    // Counting down to 0 (the overflow).
    let ticks = value;
    for (const compare of compares) if (compare < value) ticks = Math.min(ticks, value - compare);
    return Math.max(1, ticks);
  }
  // Counting up: to top (where a phase-correct counter turns), or past it back to 0 (the
  // overflow of the other modes).
  let ticks = phaseCorrect ? top - value : top + 1 - value;
  for (const compare of compares)
    if (compare > value && compare <= top) ticks = Math.min(ticks, compare - value);
  return Math.max(1, ticks);
}

/** Counts `timer` only on the ticks where something happens (see above). */
export function countLazily(cpu: CPU, avrTimer: AVRTimer): void {
  const timer = stateOf(avrTimer);
  if (!timer) return;
  const countNow = timer.count;
  const count = (reschedule = true, external = false): void => {
    // avr8js schedules the next count itself when the prescaler changes.
    const schedulesItself = timer.updateDivider;
    countNow(false, external);
    if (!reschedule || schedulesItself || !timer.divider) return;
    const due = timer.lastCycle + ticksToNextChange(timer) * timer.divider;
    cpu.addClockEvent(count, due - cpu.cycles);
  };
  timer.count = count;

  const { config } = timer;
  const registers = [config.TCCRA, config.TCCRB, config.TCCRC, config.TCNT];
  registers.push(config.OCRA, config.OCRB, config.OCRC, config.ICR);
  for (const address of registers) {
    const write = address ? cpu.writeHooks[address] : undefined;
    if (!address || !write) continue;
    cpu.writeHooks[address] = (value, oldValue, addr, mask) => {
      const settled = !timer.tcntUpdated && !timer.updateDivider && timer.divider > 0;
      // The ticks already due count with the settings they had.
      if (settled) countNow(false);
      const result = write(value, oldValue, addr, mask);
      // The next tick is counted with the new ones (avr8js's own hooks reschedule TCNT and
      // prescaler writes themselves).
      if (settled && !timer.tcntUpdated && !timer.updateDivider && cpu.clearClockEvent(count))
        cpu.addClockEvent(count, timer.lastCycle + timer.divider - cpu.cycles);
      return result;
    };
  }
}
