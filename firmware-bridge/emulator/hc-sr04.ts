/**
 * An HC-SR04 ultrasonic sensor wired to the emulated board: when the trigger pin falls after
 * a high pulse of at least `minTriggerUs`, it waits `holdoffUs` and drives the echo pin high
 * for `echoUs` (the round-trip time; cm = µs / 29.1 / 2). Trigger and echo may be one pin.
 */
import { CLOCK_HZ, type EmulatedBoard } from './avr-harness.ts';

export interface HcSr04Options {
  readonly trigPin: number;
  readonly echoPin: number;
  /**
   * Echo pulse length, µs; null = no echo at all (nothing in range on a silent module).
   * A function is asked at each trigger (a sensor looking into a simulated world).
   */
  echoUs: number | null | (() => number | null);
  /** Delay from the trigger's falling edge to the echo's rising edge, µs. */
  readonly holdoffUs?: number;
  readonly minTriggerUs?: number;
}

export interface HcSr04 {
  /** Widths of the trigger pulses seen so far, µs. */
  readonly triggerUs: number[];
  setEchoUs(echoUs: number | null | (() => number | null)): void;
  detach(): void;
}

export function attachHcSr04(board: EmulatedBoard, options: HcSr04Options): HcSr04 {
  const holdoffUs = options.holdoffUs ?? 450;
  const minTriggerUs = options.minTriggerUs ?? 5;
  let echoUs = options.echoUs;
  const triggerUs: number[] = [];
  let riseCycles = -1;
  board.setInput(options.echoPin, false);
  const detach = board.onPinChange(options.trigPin, (high) => {
    if (high) {
      riseCycles = board.cpu.cycles;
      return;
    }
    if (riseCycles < 0) return;
    const width = ((board.cpu.cycles - riseCycles) * 1e6) / CLOCK_HZ;
    riseCycles = -1;
    triggerUs.push(width);
    if (width < minTriggerUs) return;
    const echo = typeof echoUs === 'function' ? echoUs() : echoUs;
    if (echo === null) return;
    board.after(holdoffUs, () => {
      board.setInput(options.echoPin, true);
      board.after(echo, () => board.setInput(options.echoPin, false));
    });
  });
  return {
    triggerUs,
    setEchoUs: (value) => {
      echoUs = value;
    },
    detach,
  };
}
