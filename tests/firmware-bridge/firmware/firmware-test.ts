import { test } from 'vitest';
import type { EmulatedBoard, PinEdge } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import {
  ANALOG_MESSAGE,
  EXTENDED_ANALOG,
  SET_PIN_MODE,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';

/**
 * `it` for the firmware tests: a test that names `host` gets a fresh emulated Uno running our
 * firmware, past its handshake (`FirmataHost.boot()`), and `board` is that host's board. Nothing
 * boots for a test that names neither; a describe block can boot another board with
 * `it.override('host', () => FirmataHost.boot({ board: MEGA }))`.
 */
export const it = test
  .extend('host', () => FirmataHost.boot())
  .extend('board', ({ host }) => host.board);

/**
 * The Firmata bytes that set `pin` to `mode` (PWM, servo) and write `value` to it: an analog
 * message (0xE0 | pin) up to pin 15, an extended analog sysex above, as johnny-five sends.
 */
export function setPin(pin: number, mode: number, value: number): number[] {
  const write =
    pin < 16 ? [ANALOG_MESSAGE | pin, ...u14(value)] : sysex(EXTENDED_ANALOG, pin, ...u14(value));
  return [SET_PIN_MODE, pin, mode, ...write];
}

/** A recorder of the edges of each of `pins`, from now on, in the order named. */
export function recordPins<const Pins extends readonly number[]>(
  board: EmulatedBoard,
  ...pins: Pins
): { [K in keyof Pins]: { readonly edges: PinEdge[] } } {
  return pins.map((pin) => board.recordPin(pin)) as {
    [K in keyof Pins]: { readonly edges: PinEdge[] };
  };
}
