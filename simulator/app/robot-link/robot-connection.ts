// The hardware side of the page, loaded only when a robot is connected (its own chunk):
// johnny-five, firmata-io and the very HardwareRobot `mekong run --port` uses, over a
// Web Serial port. The Node globals they read come first.
import './node-globals.ts';
import '../no-eval.ts';
import { type Clock, wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../../firmware-bridge/bridge/hardware-robot.ts';
import {
  type CheckStatus,
  connectionCheck,
  exerciseParts,
  wiringChecks,
} from '../../../firmware-bridge/doctor/doctor.ts';
import { doctorCheckText } from '../../../firmware-bridge/doctor/doctor-messages.ts';
import type { FlashProgress } from '../../../firmware-bridge/flash/flash-board.ts';
import {
  CHIPS,
  type Chip,
  type FlashBoardId,
} from '../../../firmware-bridge/flash/flash-boards.ts';
import { type FlashRobotReport, flashRobot } from '../../../firmware-bridge/flash/flash-robot.ts';
import type { RobotIdentity } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import '../../../firmware-bridge/texts/index.ts';
import {
  type WebSerialPortLike,
  WebSerialTransport,
} from '../../../firmware-bridge/transport/web-serial-transport.ts';
import { isMekongError } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { builtinKits } from '../../../robot/kits/index.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { Robot } from '../../../robot/robot.ts';
import { errorInfo } from '../sim/live-run.ts';
import type { ErrorInfo } from '../sim/protocol.ts';
import type { RobotFromWorker, RobotToWorker } from './robot-protocol.ts';

export { startMissionCheck } from './mission-check.ts';
export { runText } from './robot-run-text.ts';

export type { HardwareRobot };
export { builtinKits };

/** Between tries to reach an unplugged robot again, ms. */
const RECONNECT_EVERY_MS = 500;

export interface PortConnection {
  port: WebSerialPortLike;
  /** The kit when the robot's stored identity names none we know. */
  fallbackKit: Kit;
  /** Whether the port is plugged in (tried again only then). */
  plugged: () => boolean;
  /** The emulated board's clock; the wall clock for a USB robot. */
  clock?: Clock;
}

/** A HardwareRobot on a Web Serial port; it reconnects by itself when the port comes back. */
export function connectOverWebSerial(options: PortConnection): Promise<HardwareRobot> {
  const clock = options.clock ?? wallClock(() => performance.now());
  return connectRobot({
    kit: (identity: RobotIdentity | null) =>
      builtinKits().find((kit) => kit.id === identity?.kitId) ?? options.fallbackKit,
    transport: () => new WebSerialTransport(options.port),
    clock,
    reconnect: { retryMs: RECONNECT_EVERY_MS, available: async () => options.plugged() },
  });
}

/** What "Flash our firmware" asks for. */
export interface PageFlash {
  port: WebSerialPortLike;
  board: FlashBoardId;
  /** Name to store; null keeps the stored one (or "robot-01"). */
  name: string | null;
  kitId: string;
  onProgress: (progress: FlashProgress) => void;
  /** The emulated board's clock; the wall clock for a USB robot. */
  clock?: Clock;
}

/**
 * "Flash our firmware": the STK500 code of `mekong flash` over the Web Serial port, then
 * the name and kit stored. Throws its MekongErrors (FLASH_*) as ErrorInfo.
 */
export async function flashOverWebSerial(options: PageFlash): Promise<FlashRobotReport> {
  const { port } = options;
  const link = {
    openPort: (_path: string, baud: number) => new WebSerialTransport(port, baud),
    clock: options.clock ?? wallClock(() => performance.now()),
  };
  try {
    return await flashRobot(new WebSerialTransport(port).description, link, {
      board: options.board,
      name: options.name,
      kitId: options.kitId,
      onProgress: options.onProgress,
      firmwareHex: committedFirmware,
    });
  } catch (error) {
    throw asInfo(error);
  }
}

/** Our committed firmware for `chip`, fetched only when a board is flashed. */
async function committedFirmware(chip: Chip): Promise<string> {
  const hex =
    chip.hexFile === CHIPS.atmega2560.hexFile
      ? await import('../../../firmware-bridge/firmware/hex/mekong-mega.hex?raw')
      : await import('../../../firmware-bridge/firmware/hex/mekong-uno.hex?raw');
  return hex.default;
}

function asInfo(error: unknown): ErrorInfo {
  if (isMekongError(error)) return errorInfo(error);
  throw error;
}

/** One finding of "Check my robot", worded in the reader's language. */
export interface RobotFinding {
  status: CheckStatus;
  name: string;
  detail: string;
  fix?: string;
}

/**
 * "Check my robot": the checks and fixes of `mekong doctor` on the connected robot (the
 * kit's wiring, then each part exercised), in `lang`.
 */
export async function checkRobot(robot: HardwareRobot, lang: Lang): Promise<RobotFinding[]> {
  let checks = wiringChecks(robot.kit);
  try {
    checks = [...checks, ...(await exerciseParts(robot))];
  } catch (error) {
    if (!isMekongError(error)) throw error;
    checks = [...checks, connectionCheck(error)];
  }
  return checks.map((check) => ({ status: check.status, ...doctorCheckText(check, lang) }));
}

/**
 * The page's end of a program on the robot (robot-protocol.ts): answers the sandbox's robot
 * calls with the hardware robot. Stop fails the calls under way and stops the motors here,
 * at once, without waiting for the worker.
 */
export class RobotCallServer {
  /**
   * @param onReading gets what a sensor call ('distance', 'line', 'button') answered, for
   *   the page's Sensors panel.
   */
  constructor(
    private readonly robot: HardwareRobot,
    private readonly send: (message: RobotToWorker) => void,
    private readonly onReading: (method: string, value: unknown) => void = () => undefined,
  ) {}

  /** Starts a program run: `time()` counts from now. */
  begin(): void {
    this.robot.markProgramStart();
  }

  handle(message: RobotFromWorker): void {
    const robot = this.robot as unknown as Record<string, (...args: unknown[]) => unknown>;
    const method =
      robot[message.type === 'robot-call' || message.type === 'robot-sync' ? message.method : ''];
    if (message.type === 'robot-sync') {
      try {
        method?.apply(this.robot, message.args);
      } catch (error) {
        this.send({ type: 'robot-lost', error: asInfo(error) });
      }
      return;
    }
    if (message.type !== 'robot-call') return;
    const { id } = message;
    Promise.resolve()
      .then(() => method?.apply(this.robot, message.args))
      .then(
        (value) => {
          this.onReading(message.method, value);
          this.send({ type: 'robot-reply', id, value, timeMs: this.timeOr0() });
        },
        (error: unknown) =>
          this.send({ type: 'robot-reply', id, error: asInfo(error), timeMs: this.timeOr0() }),
      );
  }

  /** Stop or Esc: motors to 0 now, the call under way fails, the program ends. */
  stop(): void {
    this.robot.interrupt();
    this.send({ type: 'robot-stop' });
  }

  private timeOr0(): number {
    try {
      return (this.robot as Robot).time();
    } catch {
      return 0;
    }
  }
}
