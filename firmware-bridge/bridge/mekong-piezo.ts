/**
 * A johnny-five Piezo controller that plays on our firmware: one TONE sysex per note, and
 * the board times the tone. johnny-five's DEFAULT controller toggles the pin from the host
 * on a nanotimer, one message per half period (92 messages for a 200 ms beep at 440 Hz):
 * at 57600 baud and through the Node event loop the pin changes far too slowly and
 * unevenly, and on our firmware the buzzer read about 975 Hz whatever note was asked.
 *
 *     new five.Piezo({ pin: 12, board, controller: MEKONG_PIEZO }).note('A4', 500);
 *
 * `note`, `frequency`, `tone`, `play` (songs), `noTone` and `off` work as in johnny-five.
 * The firmware plays 31..10000 Hz (clamped) for up to 16383 ms per message; a duration of
 * 0 or none plays until `noTone()`. One tone at a time per board: a new note replaces it.
 */
import type { Firmata } from 'firmata-io';
import { toneMessage } from '../protocol/mekong-sysex.ts';

/** Longest tone one TONE message holds, ms (u14). */
export const MAX_TONE_MS = 16383;

/** What johnny-five's Piezo gives a controller's methods as `this`. */
interface PiezoComponent {
  readonly io: Firmata;
  readonly pin: number;
}

function play(piezo: PiezoComponent, hz: number, ms: number | undefined): void {
  if (!Number.isFinite(hz) || (ms !== undefined && !Number.isFinite(ms))) {
    throw new Error(`Piezo: frequency ${hz} Hz and duration ${ms} ms must be numbers`);
  }
  const duration = Math.min(MAX_TONE_MS, Math.max(0, Math.round(ms ?? 0)));
  piezo.io.sysexCommand(toneMessage(piezo.pin, Math.max(0, hz), duration));
}

/** Property descriptors, as johnny-five's own Piezo controllers are written. */
export const MEKONG_PIEZO = {
  initialize: {
    writable: true,
    value(this: PiezoComponent) {
      this.io.pinMode(this.pin, this.io.MODES.OUTPUT as number);
    },
  },
  /** `hz` Hz for `ms` ms (the Piezo class's own `frequency` would round through `tone`). */
  frequency: {
    writable: true,
    value(this: PiezoComponent, hz: number, ms?: number) {
      play(this, hz, ms);
      return this;
    },
  },
  /** `tone` is johnny-five's half period in µs. */
  tone: {
    writable: true,
    value(this: PiezoComponent, tone: number, ms?: number) {
      play(this, 1_000_000 / (2 * tone), ms);
      return this;
    },
  },
  noTone: {
    writable: true,
    value(this: PiezoComponent) {
      this.io.sysexCommand(toneMessage(this.pin, 0, 0));
      return this;
    },
  },
};
