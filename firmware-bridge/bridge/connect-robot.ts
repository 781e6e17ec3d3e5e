/**
 * The one way to get a HardwareRobot: `connectRobot({ kit, transport, clock })` resolves
 * once the board has done the Firmata handshake, runs our firmware and has its parts set
 * up; it rejects with a translated MekongError (NO_FIRMATA, WRONG_FIRMWARE,
 * PORT_UNAVAILABLE, DISCONNECTED) that says what to do.
 */
import type { Kit } from '../../robot/index.ts';
import type { RobotIdentity } from '../protocol/mekong-sysex.ts';
import type { Transport } from '../transport/transport.ts';
import { type BoardSession, openBoardSession } from './board-session.ts';
import { type Clock, sleep } from './clock.ts';
import { HardwareRobot } from './hardware-robot.ts';
import type { LinkTiming } from './link-monitor.ts';

export interface ReconnectOptions {
  /** How often to look for the board again, ms. Default 500. */
  retryMs?: number;
  /** Whether the board is there to try (e.g. its serial port is listed). Default: always try. */
  available?: () => Promise<boolean>;
}

export interface ConnectOptions extends LinkTiming {
  /** The robot's kit, or how to choose it from the identity stored on the board. */
  kit: Kit | ((identity: RobotIdentity | null) => Kit);
  /** The link to the board, or a function that makes a fresh one (needed to reconnect). */
  transport: Transport | (() => Transport);
  /** Wall clock for a real board, the emulator's clock for an emulated one. */
  clock: Clock;
  /** ms the board has to finish the handshake. Default 4000. */
  handshakeTimeoutMs?: number;
  /** The command that puts our firmware on the board, named in errors. */
  flashCommand?: string;
  /** Reconnect after the link is lost (needs `transport` to be a function). */
  reconnect?: ReconnectOptions;
}

export async function connectRobot(options: ConnectOptions): Promise<HardwareRobot> {
  const makeTransport =
    typeof options.transport === 'function'
      ? options.transport
      : () => options.transport as Transport;
  const open = () =>
    openBoardSession({
      kit: options.kit,
      transport: makeTransport(),
      clock: options.clock,
      ...(options.handshakeTimeoutMs ? { handshakeTimeoutMs: options.handshakeTimeoutMs } : {}),
      ...(options.flashCommand ? { flashCommand: options.flashCommand } : {}),
    });
  const session = await open();
  const reconnect = options.reconnect;
  return new HardwareRobot({
    session,
    clock: options.clock,
    heartbeatMs: options.heartbeatMs,
    silenceMs: options.silenceMs,
    ...(reconnect && typeof options.transport === 'function'
      ? { reopen: (signal: AbortSignal) => reopenWhenBack(open, options.clock, reconnect, signal) }
      : {}),
  });
}

/** Tries to open a session again and again until it works or `signal` aborts. */
async function reopenWhenBack(
  open: () => Promise<BoardSession>,
  clock: Clock,
  options: ReconnectOptions,
  signal: AbortSignal,
): Promise<BoardSession> {
  for (;;) {
    await sleep(clock, options.retryMs ?? 500, signal);
    if (options.available && !(await options.available())) continue;
    try {
      return await open();
    } catch {
      // Not back yet (or still booting): try again.
    }
  }
}
