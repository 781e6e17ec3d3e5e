/**
 * What `mekong flash` and the web app's "Flash our firmware" do for each robot: pick the
 * USB boards to flash, flash one (the bootloader part is flashBoard), then talk to the new
 * firmware over Firmata and store the robot's name and kit in its EEPROM, reading it back.
 * Nothing here is Node-only: the port, its clock and the firmware's hex come in.
 */
import { DEFAULT_KIT_ID, isMekongError, isPhrase, MekongError, phrase } from '../../robot/index.ts';
import type { Clock } from '../bridge/clock.ts';
import { IDENTITY_FIELD_BYTES, MEKONG_BAUD, type RobotIdentity } from '../protocol/mekong-sysex.ts';
import { type RobotPort, robotPorts } from '../transport/ports.ts';
import type { SerialPortInfo } from '../transport/serial-transport.ts';
import type { Transport } from '../transport/transport.ts';
import {
  type FlashOptions,
  type FlashProgress,
  type FlashResult,
  type FlashTarget,
  flashBoard,
} from './flash-board.ts';
import type { FlashBoard, FlashBoardId } from './flash-boards.ts';
import { checkFirmwareAndIdentity } from './identity.ts';
import '../texts/index.ts';

/** How flashing reaches one board: a serial port, a Web Serial port, an emulated one. */
export interface FlashLink {
  /** A serial port at `baud`, not yet opened (opening it resets an Arduino: DTR). */
  openPort(path: string, baud: number): Transport;
  /** Wall clock for real ports, emulated or virtual time for tests. */
  readonly clock: Clock;
  /** The program that holds `path` open, for FLASH_PORT_BUSY; null when unknown. */
  portUser?(path: string): Promise<string | null>;
}

/** What `mekong flash` uses from the outside world; tests pass fakes. */
export interface FlashSystem extends FlashLink {
  /** Every serial port the operating system knows. */
  listPorts(): Promise<SerialPortInfo[]>;
}

/**
 * The ports to flash: `port` when given; otherwise the one USB board connected, or every
 * one with `all`. FLASH_NO_BOARD when there is none, FLASH_WHICH_BOARD (listing them) when
 * there are several and neither `port` nor `all` says which.
 */
export async function choosePorts(
  system: FlashSystem,
  choice: { port?: string; all?: boolean },
): Promise<RobotPort[]> {
  if (choice.port !== undefined) {
    return [{ path: choice.port, guess: phrase('guessNamedPort') }];
  }
  const found = robotPorts(await system.listPorts());
  if (found.length === 0) throw new MekongError('FLASH_NO_BOARD', {});
  if (found.length > 1 && !choice.all) {
    throw new MekongError('FLASH_WHICH_BOARD', {
      count: found.length,
      ports: found.map((p) => phrase('portGuess', { port: p.path, guess: p.guess })),
    });
  }
  return found;
}

/**
 * Names for `count` robots: with `given` a comma-separated list, those names in order; one
 * given name for several robots becomes name-01, name-02, …; none: robot-01, robot-02, ….
 * Returns null for a single robot without a name (it keeps the name it has).
 */
export function robotNames(count: number, given?: string): (string | null)[] {
  const numbered = (prefix: string) =>
    Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
  if (given === undefined) return count === 1 ? [null] : numbered('robot');
  const names = given
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 1 && count > 1) return numbered(names[0] ?? 'robot');
  if (names.length !== count) {
    throw new MekongError('BAD_OPTION', {
      option: '--name',
      value: given,
      expected: phrase('robotNames', { count }),
    });
  }
  for (const name of names) checkIdentityField('--name', name);
  return names;
}

/** Refuses a name or kit id longer than the EEPROM field. */
export function checkIdentityField(option: string, value: string): void {
  if (new TextEncoder().encode(value).length > IDENTITY_FIELD_BYTES) {
    throw new MekongError('BAD_OPTION', {
      option,
      value,
      expected: phrase('atMostBytes', { bytes: IDENTITY_FIELD_BYTES }),
    });
  }
}

export interface FlashRobotOptions {
  /** Which board; undefined: find out (optiboot 115200, old Nano 57600, Mega). */
  readonly board?: FlashBoardId;
  /** Intel HEX text to write instead of our firmware. */
  readonly hex?: string;
  /** Name to store; null: keep the stored one, or `fallbackName` when there is none. */
  readonly name: string | null;
  /** Kit id to store; null: keep the stored one, or DEFAULT_KIT_ID (the kit a run uses). */
  readonly kitId: string | null;
  /** Name for a robot that has none yet. Default "robot-01". */
  readonly fallbackName?: string;
  readonly onProgress?: (progress: FlashProgress) => void;
  readonly onFound?: (board: FlashBoard, baud: number) => void;
  /** Our committed firmware for a chip (committed-firmware.ts in Node; fetched in the page). */
  readonly firmwareHex: FlashOptions['firmwareHex'];
  /** Wait for the new firmware to answer, ms. Default 6000. */
  readonly firmwareTimeoutMs?: number;
}

export interface FlashRobotReport {
  readonly port: string;
  readonly flash: FlashResult;
  /** "MekongFirmata 0.1". */
  readonly firmware: string;
  /** The identity read back from the board's EEPROM. */
  readonly identity: RobotIdentity | null;
}

/** Flashes the board on `path`, then writes and reads back its identity. Throws FLASH_* errors. */
export async function flashRobot(
  path: string,
  system: FlashLink,
  options: FlashRobotOptions,
): Promise<FlashRobotReport> {
  const target: FlashTarget = { port: path, open: (baud) => openFlashPort(system, path, baud) };
  const flash = await flashBoard(target, {
    clock: system.clock,
    firmwareHex: options.firmwareHex,
    ...(options.board !== undefined ? { board: options.board } : {}),
    ...(options.hex !== undefined ? { hex: options.hex } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onFound ? { onFound: options.onFound } : {}),
  });
  const link = await openFlashPort(system, path, MEKONG_BAUD);
  try {
    const timeout = options.firmwareTimeoutMs ?? 6000;
    const check = (identity: RobotIdentity | null) =>
      checkFirmwareAndIdentity(link, path, system.clock, identity, timeout);
    const stored = (await check(null)).identity;
    const wanted: RobotIdentity = {
      name: options.name ?? stored?.name ?? options.fallbackName ?? 'robot-01',
      kitId: options.kitId ?? stored?.kitId ?? DEFAULT_KIT_ID,
    };
    if (stored?.name !== wanted.name || stored.kitId !== wanted.kitId) await check(wanted);
    const readBack = await check(null);
    return { port: path, flash, firmware: readBack.firmware, identity: readBack.identity };
  } finally {
    await link.close(phrase('flashingFinished'));
  }
}

/** Opens `path` at `baud`; a port another program holds is FLASH_PORT_BUSY naming it. */
async function openFlashPort(system: FlashLink, path: string, baud: number): Promise<Transport> {
  const transport = system.openPort(path, baud);
  try {
    await transport.open();
  } catch (error) {
    if (
      isMekongError(error) &&
      error.code === 'PORT_UNAVAILABLE' &&
      isPhrase(error.params.detail, 'portBusy')
    ) {
      const program = (await system.portUser?.(path)) ?? 'another program';
      throw new MekongError('FLASH_PORT_BUSY', { port: path, program });
    }
    throw error;
  }
  return transport;
}
