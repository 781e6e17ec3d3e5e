/**
 * A robot whose Arduino is emulated: avr8js runs our firmware hex, and the kit's
 * peripherals connect its pins to a body in a simulated world. Time is emulated only:
 * `stepMs()` runs 1 ms of CPU (16,000 cycles at 16 MHz), then steps the world by 1 ms.
 */
import type { Kit } from '../../robot/index.ts';
import type { Pose, SimBody, World } from '../../simulator/world/index.ts';
import { BOARD_DEFINITIONS, type BoardDefinition } from './avr-boards.ts';
import { createErasedEeprom, EmulatedBoard } from './avr-harness.ts';
import type { DeviceFactory, VirtualDevice } from './device-context.ts';
import { firmwareHex } from './firmware-hex.ts';
import { buttonDevice, lineSensorDevice, motorDevice, ultrasonicDevice } from './input-devices.ts';
import { buzzerDevice, ledDevice, rgbLedDevice, servoDevice } from './output-devices.ts';

/** Every kit part the emulator models; a kit without the part gets no device. */
export const DEVICE_FACTORIES: readonly DeviceFactory[] = [
  motorDevice,
  ultrasonicDevice,
  lineSensorDevice,
  buttonDevice,
  ledDevice,
  rgbLedDevice,
  buzzerDevice,
  servoDevice,
];

export interface EmulatedRobotOptions {
  kit: Kit;
  /** The world the robot drives in (its clock is stepped by this robot). */
  world: World;
  /** Default: the world's start pose for the next robot number. */
  pose?: Pose;
  /** EEPROM contents (robot identity); default erased. Kept across `reset()`. */
  eeprom?: Uint8Array;
  /** Firmware to run; default our committed build for the kit's board. */
  hex?: string;
  /**
   * `hex` holds a bootloader at this byte address (see EmulatedBoardOptions): a reset
   * starts it, and whatever it writes into flash stays across resets.
   */
  bootByteAddress?: number;
  /** Count the board's timers tick by tick (see EmulatedBoardOptions; for benchmarks). */
  countEveryTick?: boolean;
}

export class EmulatedRobot {
  readonly kit: Kit;
  readonly world: World;
  readonly body: SimBody;
  readonly definition: BoardDefinition;
  readonly eeprom: Uint8Array;
  /** Emulated ms since this robot was created (survives `reset()`). */
  elapsedMs = 0;
  /** Receives every byte the firmware sends on its serial line; null drops them. */
  onSerialOut: ((byte: number) => void) | null = null;
  private readonly hex: string;
  private readonly bootByteAddress: number | undefined;
  private readonly countEveryTick: boolean;
  private readonly cyclesPerMs: number;
  private current: EmulatedBoard;
  private devices: VirtualDevice[] = [];

  constructor(options: EmulatedRobotOptions) {
    this.kit = options.kit;
    this.world = options.world;
    this.definition = BOARD_DEFINITIONS[options.kit.board];
    this.eeprom = options.eeprom ?? createErasedEeprom(this.definition.eepromBytes);
    this.hex = options.hex ?? firmwareHex(this.definition);
    this.bootByteAddress = options.bootByteAddress;
    this.countEveryTick = options.countEveryTick ?? false;
    this.cyclesPerMs = this.definition.clockHz / 1000;
    this.body = this.world.addRobot(options.kit, options.pose);
    this.current = this.powerOn();
  }

  /** The MCU now running (a new one after each `reset()`). */
  get board(): EmulatedBoard {
    return this.current;
  }

  /** Runs 1 ms of emulated time: CPU, then outputs → body, world step, world → inputs. */
  stepMs(): void {
    this.current.runCycles(this.cyclesPerMs);
    for (const device of this.devices) device.beforeStep?.();
    this.world.step();
    for (const device of this.devices) device.afterStep?.();
    this.elapsedMs += 1;
  }

  /** Host bytes queued and not yet delivered to the firmware. */
  get pendingHostBytes(): number {
    return this.current.pendingHostBytes;
  }

  /** Queues bytes from the host; they reach the firmware at its baud rate. */
  sendFromHost(bytes: Iterable<number>): void {
    this.current.send(bytes);
  }

  /**
   * Resets the MCU as a real Uno does when a serial port opens (DTR): the firmware starts
   * again and announces itself (or the bootloader, which then starts it); the EEPROM and
   * the world stay.
   */
  reset(): void {
    if (this.current.spm) {
      // A port opening: the bytes the last host left in flight are gone.
      this.current.dropHostBytes();
      this.current.externalReset();
      return;
    }
    for (const device of this.devices) device.detach();
    this.current = this.powerOn();
  }

  /** Detaches the virtual devices (the world keeps the body). */
  dispose(): void {
    for (const device of this.devices) device.detach();
    this.devices = [];
    this.onSerialOut = null;
  }

  private powerOn(): EmulatedBoard {
    const board = new EmulatedBoard({
      hex: this.hex,
      board: this.definition,
      eeprom: this.eeprom,
      countEveryTick: this.countEveryTick,
      ...(this.bootByteAddress !== undefined ? { bootByteAddress: this.bootByteAddress } : {}),
    });
    board.usart.onByteTransmit = (value) => this.onSerialOut?.(value);
    const context = { board, world: this.world, body: this.body, kit: this.kit };
    this.devices = DEVICE_FACTORIES.map((make) => make(context)).filter(
      (device): device is VirtualDevice => device !== null,
    );
    for (const device of this.devices) device.afterStep?.();
    return board;
  }
}
