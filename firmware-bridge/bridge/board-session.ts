/**
 * One connection to a board: open the transport, let firmata-io and johnny-five do the
 * Firmata handshake, and tell clearly what is wrong when it cannot work (silent board,
 * bytes that are not Firmata, someone else's firmware). Then set the watchdog, read the
 * robot's identity and build the kit's parts.
 */
import firmataIo, { type Firmata } from 'firmata-io';
import five, { type Board } from 'johnny-five';
import { isMekongError, type Kit, MekongError, phrase } from '../../robot/index.ts';
import { MEKONG_IDENTITY_READ, MEKONG_WATCHDOG } from '../protocol/firmata-stream.ts';
import {
  decodeIdentity,
  decodeWatchdog,
  identityReadMessage,
  MEKONG_FIRMWARE_NAME,
  type RobotIdentity,
  WATCHDOG_DEFAULT_MS,
  watchdogMessage,
} from '../protocol/mekong-sysex.ts';
import { replyEvent, routeMekongSysex } from '../protocol/sysex-router.ts';
import { closeDetail, type Transport } from '../transport/transport.ts';
import type { Clock } from './clock.ts';
import { KitParts } from './kit-parts.ts';
import '../texts/index.ts';

/** The board must finish the Firmata handshake within this long, ms (the error comes < 5 s). */
export const HANDSHAKE_TIMEOUT_MS = 4000;
/** Ask for the version after this long without the board's announcement, ms. */
const ASK_VERSION_AFTER_MS = 1500;
/** How long the board has to answer a Mekong query, ms. */
const QUERY_TIMEOUT_MS = 500;

export interface FirmataBoardOptions {
  transport: Transport;
  clock: Clock;
  /** Default HANDSHAKE_TIMEOUT_MS. */
  handshakeTimeoutMs?: number;
  /** The command that puts our firmware on this board, named in errors. */
  flashCommand?: string;
}

export interface SessionOptions extends FirmataBoardOptions {
  /** The robot's kit, or how to choose it from the identity stored on the board. */
  kit: Kit | ((identity: RobotIdentity | null) => Kit);
}

export interface FirmwareInfo {
  name: string;
  /** "major.minor" of the firmware. */
  version: string;
  /** Firmata protocol version, "major.minor". */
  protocol: string;
}

/** A johnny-five Board, ready, on a board that runs our firmware. */
export interface FirmataBoard {
  readonly transport: Transport;
  readonly io: Firmata;
  readonly board: Board;
  readonly firmware: FirmwareInfo;
  /** Name and kit stored in the board's EEPROM, or null when none is stored. */
  readonly identity: RobotIdentity | null;
  /** Watchdog limit in force, ms (NaN when the board did not say). */
  readonly watchdogMs: number;
}

export interface BoardSession extends FirmataBoard {
  readonly kit: Kit;
  readonly parts: KitParts;
}

/** `mekong flash --port <where> --kit <id>`: how to put our firmware on the board. */
export function flashCommandFor(transport: Transport, kit: Kit): string {
  return `mekong flash --port ${transport.description} --kit ${kit.id}`;
}

/** A ready Board on our firmware with the kit's parts set up. */
export async function openBoardSession(options: SessionOptions): Promise<BoardSession> {
  const { transport, clock } = options;
  const given = typeof options.kit === 'function' ? null : options.kit;
  const opened = await openFirmataBoard({
    ...options,
    flashCommand: options.flashCommand ?? (given ? flashCommandFor(transport, given) : undefined),
  });
  const kit = given ?? (options.kit as (identity: RobotIdentity | null) => Kit)(opened.identity);
  const parts = new KitParts(kit, opened.board, opened.io, clock);
  await parts.settle(200);
  return { kit, ...opened, parts };
}

/**
 * The Firmata handshake through johnny-five, then the watchdog set to its default and the
 * identity read: a ready Board on our firmware, or a MekongError saying what is wrong.
 */
export async function openFirmataBoard(options: FirmataBoardOptions): Promise<FirmataBoard> {
  const { transport, clock } = options;
  const command = options.flashCommand ?? `mekong flash --port ${transport.description}`;
  const port = transport.description;
  const io = new firmataIo.Firmata(transport);
  routeMekongSysex(io);
  const board = new five.Board({ io, repl: false, debug: false, sigint: false });
  // johnny-five reports its own 10 s timeout as an 'error' event; ours comes first.
  board.on('error', () => undefined);
  const seen: number[] = [];
  let byteCount = 0;
  const onData = (data: Buffer) => {
    byteCount += data.length;
    for (const byte of data) if (seen.length < 24) seen.push(byte);
  };
  transport.on('data', onData);
  const abandon = async () => {
    if (board.timer) clearTimeout(board.timer);
    if (io.reportVersionTimeoutId) clearTimeout(io.reportVersionTimeoutId);
    await transport.close(phrase('handshakeFailed'));
  };
  try {
    try {
      await transport.open();
    } catch (error) {
      if (isMekongError(error)) throw error;
      throw new MekongError('PORT_UNAVAILABLE', { port, detail: describeError(error) });
    }
    // A board that did not reset when the port opened does not announce itself: ask it.
    const cancelAsk = clock.setTimer(ASK_VERSION_AFTER_MS, () => {
      if (io.versionReceived || !transport.isOpen) return;
      io.reportVersion(() => undefined);
      io.queryFirmware(() => undefined);
    });
    await new Promise<void>((resolve, reject) => {
      const cancel = clock.setTimer(options.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS, () => {
        const detail =
          byteCount === 0
            ? phrase('sentNothing')
            : io.versionReceived
              ? phrase('handshakeUnfinished')
              : phrase('notFirmataBytes', { count: byteCount, bytes: printable(seen) });
        reject(new MekongError('NO_FIRMATA', { port, detail, command }));
      });
      board.once('ready', () => {
        cancel();
        resolve();
      });
      io.once('queryfirmware', () => {
        const name = io.firmware.name ?? '';
        if (name === MEKONG_FIRMWARE_NAME) return;
        cancel();
        const version = io.firmware.version;
        const found = version ? `${name} ${version.major}.${version.minor}` : name;
        reject(
          new MekongError('WRONG_FIRMWARE', {
            port,
            found,
            expected: MEKONG_FIRMWARE_NAME,
            command,
          }),
        );
      });
      transport.once('close', (reason: unknown) => {
        cancel();
        reject(new MekongError('DISCONNECTED', { detail: closeDetail(reason) }));
      });
    });
    cancelAsk();
  } catch (error) {
    await abandon();
    throw error;
  } finally {
    transport.off('data', onData);
  }
  const watchdogMs = await query(io, clock, MEKONG_WATCHDOG, watchdogMessage(WATCHDOG_DEFAULT_MS));
  const identity = await query(io, clock, MEKONG_IDENTITY_READ, identityReadMessage());
  const version = io.firmware.version;
  return {
    transport,
    io,
    board,
    firmware: {
      name: io.firmware.name ?? '',
      version: version ? `${version.major}.${version.minor}` : '?',
      protocol: `${io.version.major ?? '?'}.${io.version.minor ?? '?'}`,
    },
    identity: identity ? decodeIdentity(identity) : null,
    watchdogMs: watchdogMs ? decodeWatchdog(watchdogMs) : Number.NaN,
  };
}

/** Sends a Mekong query and waits for its reply's data; null when none comes in time. */
export function query(
  io: Firmata,
  clock: Clock,
  command: number,
  message: number[],
  timeoutMs = QUERY_TIMEOUT_MS,
): Promise<number[] | null> {
  return new Promise((resolve) => {
    const event = replyEvent(command);
    const onReply = (data: number[]) => {
      cancel();
      resolve(data);
    };
    const cancel = clock.setTimer(timeoutMs, () => {
      io.off(event, onReply);
      resolve(null);
    });
    io.once(event, onReply);
    io.sysexCommand(message);
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first bytes as their first line of text where printable ("Hello"), else as hex. */
function printable(bytes: readonly number[]): string {
  const text = bytes.every((b) => b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f));
  if (!text) return bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const line = String.fromCharCode(...bytes)
    .split(/[\r\n]+/)
    .find((l) => l.trim() !== '');
  return JSON.stringify(line?.trim() ?? '');
}
