/**
 * johnny-five against our firmware, from this package, ready to use:
 *
 *     const { board, close } = await openJohnnyFiveBoard({ port: '/dev/ttyUSB0' });
 *     new five.Led({ pin: 13, board }).blink(250);
 *
 * The plain forms work too, `new five.Board({ port })` and `new five.Board()`: package.json
 * gives johnny-five serialport 8's API through transport/johnny-five-serialport, which
 * also sends the heartbeat. This adds what they lack: an emulated board without socat,
 * the handshake's errors in the reader's language (NO_FIRMATA, WRONG_FIRMWARE say what to
 * do, within 5 s), a promise instead of a "ready" event, and `onDisconnect` when the link
 * is lost. It keeps the HEARTBEAT going every 200 ms: the firmware's watchdog then stays
 * at 500 ms, so when the cable comes out or the program dies the motors stop within half
 * a second (turning the watchdog off instead left them running: > 8 s measured).
 */
import type { Firmata } from 'firmata-io';
import type { Board } from 'johnny-five';
import { MekongError, phrase } from '../../robot/index.ts';
import type { Emulator } from '../emulator/emulator.ts';
import { SerialTransport } from '../transport/serial-transport.ts';
import type { Transport } from '../transport/transport.ts';
import { type FirmataBoard, openFirmataBoard } from './board-session.ts';
import { type Clock, wallClock } from './clock.ts';
import { LinkMonitor, type LinkTiming } from './link-monitor.ts';

/** Where the board is: a serial port, an emulated board, or any transport and its clock. */
export type JohnnyFiveTarget =
  | { port: string }
  | { emulator: Emulator }
  | { transport: Transport; clock: Clock };

export interface JohnnyFiveBoardOptions extends LinkTiming {
  /** Wall clock for a port, ms. Default performance.now. */
  now?: () => number;
  /** Called once when the link is lost (cable out, board silent for `silenceMs`). */
  onDisconnect?: (error: MekongError) => void;
}

export interface JohnnyFiveBoard extends FirmataBoard {
  readonly board: Board;
  readonly io: Firmata;
  /** Stops the heartbeat and closes the link: the board's watchdog stops the motors 0.5 s later. */
  close(): Promise<void>;
}

/** A ready johnny-five Board on our firmware, with the heartbeat running. */
export async function openJohnnyFiveBoard(
  target: JohnnyFiveTarget,
  options: JohnnyFiveBoardOptions = {},
): Promise<JohnnyFiveBoard> {
  const now = options.now ?? (() => performance.now());
  const { transport, clock } =
    'port' in target
      ? { transport: new SerialTransport(target.port), clock: wallClock(now) }
      : 'emulator' in target
        ? { transport: target.emulator.transport(), clock: target.emulator.clock }
        : target;
  const opened = await openFirmataBoard({ transport, clock });
  const monitor = new LinkMonitor(
    opened.io,
    transport,
    clock,
    (detail) => {
      void transport.close(detail);
      options.onDisconnect?.(new MekongError('DISCONNECTED', { detail }));
    },
    options,
  );
  return {
    ...opened,
    close: async () => {
      monitor.stop();
      await transport.close(phrase('closedByProgram'));
    },
  };
}
