/**
 * An emulated Uno with a real bootloader in its boot section: avr8js plus our SPM emulation,
 * BOOTRST (every reset starts at the boot address), and a serial port whose opening is an
 * external reset (DTR), as on the real board. The host side talks to it through a
 * Transport, with emulated time advanced by `EmulationRunner` while the host awaits.
 */
import firmataIo, { type Firmata } from 'firmata-io';
import five, { type Board } from 'johnny-five';
import { UNO } from '../../../firmware-bridge/emulator/avr-boards.ts';
import { EmulatedBoard } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { EmulatorClock } from '../../../firmware-bridge/emulator/emulator-clock.ts';
import type { FlashTarget } from '../../../firmware-bridge/flash/flash-board.ts';
import type { SelfProgramming } from '../../../firmware-bridge/flash/spm.ts';
import { replyEvent, routeMekongSysex } from '../../../firmware-bridge/protocol/sysex-router.ts';
import { Transport } from '../../../firmware-bridge/transport/transport.ts';

export const OPTIBOOT_HEX_PATH =
  '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex';

export class BootloaderBoard {
  readonly board: EmulatedBoard;

  /** `bootloaderHex` is loaded where its records say; every reset starts at `bootByteAddress`. */
  constructor(bootloaderHex: string, bootByteAddress = 0x7e00, eeprom?: Uint8Array) {
    this.board = new EmulatedBoard({ hex: bootloaderHex, board: UNO, eeprom, bootByteAddress });
  }

  get spm(): SelfProgramming {
    return this.board.spm as SelfProgramming;
  }

  /** Pulls RESET low (the DTR pulse of a serial port opening). */
  externalReset(): void {
    this.board.externalReset();
  }

  /** Application flash, bytes (a view of the emulated program memory). */
  get flashBytes(): Uint8Array {
    const mem = this.board.cpu.progMem;
    return new Uint8Array(mem.buffer, mem.byteOffset, mem.byteLength);
  }

  runCycles(count: number): void {
    this.board.runCycles(count);
  }
}

/** The host's end of the emulated serial cable, at `baud`. */
export class EmulatedSerialLink extends Transport {
  readonly description: string;
  private sent = 0;

  constructor(
    private readonly target: BootloaderBoard,
    private readonly baud: number,
  ) {
    super();
    this.description = `emulated uno at ${baud} baud`;
    this.sent = target.board.received.length;
  }

  protected async openLink(): Promise<void> {
    this.target.externalReset();
    this.sent = this.target.board.received.length;
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    const garble = !this.target.board.speaksAt(this.baud);
    this.target.board.send(garble ? [...data].map((b) => b ^ 0x5a) : data);
    callback?.(null);
  }

  protected async closeLink(): Promise<void> {}

  /** Hands the bytes the MCU sent since the last call to the host. */
  deliver(): void {
    const received = this.target.board.received;
    if (this.sent >= received.length || !this.isOpen) return;
    const bytes = received.slice(this.sent);
    this.sent = received.length;
    const garble = !this.target.board.speaksAt(this.baud);
    this.received(Buffer.from(garble ? bytes.map((b) => b ^ 0x5a) : bytes));
  }
}

/**
 * Runs the emulated board while the host's promises are pending: slices of emulated time,
 * the MCU's bytes handed to the open link after each, the emulated clock's timers fired.
 */
export class EmulationRunner {
  readonly clock = new EmulatorClock();
  link: EmulatedSerialLink | null = null;
  private running = false;
  private readonly sliceCycles: number;

  constructor(
    readonly target: BootloaderBoard,
    sliceUs = 100,
  ) {
    this.sliceCycles = Math.round((sliceUs * UNO.clockHz) / 1e6);
  }

  /** Emulated time, ms. */
  get timeMs(): number {
    return this.target.board.timeMs;
  }

  /** A FlashTarget whose every open() resets the board and gives a fresh link. */
  flashTarget(): FlashTarget {
    return {
      port: 'emulated uno',
      open: async (baud) => this.open(baud),
    };
  }

  async open(baud: number): Promise<EmulatedSerialLink> {
    this.link = new EmulatedSerialLink(this.target, baud);
    await this.link.open();
    return this.link;
  }

  /** Runs the emulator until `work` settles. */
  async run<T>(work: Promise<T>): Promise<T> {
    this.running = true;
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    while (!settled) {
      // Until the host opens a port the board's time does not matter to it (the opening
      // resets it).
      if (!this.link) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      this.target.runCycles(this.sliceCycles);
      this.link?.deliver();
      this.clock.advanceTo(this.timeMs);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.running = false;
    return done;
  }

  get isRunning(): boolean {
    return this.running;
  }
}

/**
 * johnny-five on the board, as the hardware path connects it: firmata-io over a fresh link
 * at `baud` (opening it resets the board through the bootloader into the application),
 * with the emulator run until johnny-five is 'ready'.
 */
export async function connectJohnnyFive(
  runner: EmulationRunner,
  baud = 57600,
): Promise<{ link: EmulatedSerialLink; io: Firmata; board: Board }> {
  const link = new EmulatedSerialLink(runner.target, baud);
  const io = new firmataIo.Firmata(link);
  routeMekongSysex(io);
  const board = new five.Board({ io, repl: false, debug: false, sigint: false });
  const ready = new Promise<void>((resolve, reject) => {
    board.once('ready', () => resolve());
    board.once('error', (error: unknown) => reject(error));
  });
  runner.link = link;
  await runner.run(link.open().then(() => ready));
  return { link, io, board };
}

/** Sends a Mekong sysex through johnny-five's io and runs the emulator until its reply. */
export function sysexQuery(
  runner: EmulationRunner,
  io: Firmata,
  command: number,
  message: number[],
): Promise<number[]> {
  const reply = new Promise<number[]>((resolve) => {
    io.once(replyEvent(command), (data: number[]) => resolve(data));
  });
  io.sysexCommand(message);
  return runner.run(reply);
}
