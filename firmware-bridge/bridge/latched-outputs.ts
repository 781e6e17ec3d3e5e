/**
 * Outputs the board holds until it is told otherwise (motor PWM and direction pins, the
 * LED, the servo), re-sent on request exactly as last written. A byte lost or garbled on
 * the serial line would otherwise leave a wheel at the wrong power until the value next
 * changes; re-sending the intended state each heartbeat bounds that to one period.
 *
 * Pin values come from firmata-io's own record of what it last wrote (`pins[n].value`,
 * and its port bytes for digital pins), so a refresh always repeats the latest intent
 * (after `stop()` that is "stopped") and never an older value.
 */
import type { Firmata } from 'firmata-io';

/** How a pin is written: 'analog' = ANALOG_MESSAGE (PWM duty, servo µs); 'digital' = its port. */
export type PinWrite = 'analog' | 'digital';

export class LatchedOutputs {
  private readonly analogPins = new Set<number>();
  /** Firmata port → one of its latched pins (one message re-sends the whole port). */
  private readonly ports = new Map<number, number>();
  private readonly sysex = new Map<string, readonly number[][]>();

  constructor(private readonly io: Firmata) {}

  /** Re-send `pin` from now on, the way it is written. */
  addPin(pin: number, write: PinWrite): void {
    if (write === 'analog') this.analogPins.add(pin);
    else if (!this.ports.has(pin >> 3)) this.ports.set(pin >> 3, pin);
  }

  /** Re-send these sysex messages (replacing the earlier ones under `key`) from now on. */
  setSysex(key: string, messages: readonly number[][]): void {
    this.sysex.set(key, messages);
  }

  /** Writes every latched output again, as last written. */
  refresh(): void {
    for (const pin of this.analogPins) this.io.analogWrite(pin, this.io.pins[pin]?.value ?? 0);
    for (const pin of this.ports.values())
      this.io.digitalWrite(pin, this.io.pins[pin]?.value ? 1 : 0);
    for (const messages of this.sysex.values())
      for (const message of messages) this.io.sysexCommand(message);
  }
}
