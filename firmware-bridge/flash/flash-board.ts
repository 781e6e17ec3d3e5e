/**
 * Flashes one board: finds its bootloader (optiboot at 115200, the old Nano bootloader at
 * 57600, the Mega's STK500v2), checks the chip's signature before writing anything, writes
 * the firmware page by page, reads every page back, and leaves the bootloader so the board
 * starts the new firmware. The bootloader section itself is never written, so a failure
 * half-way leaves a board that can be flashed again.
 */
import { MekongError } from '../../robot/index.ts';
import type { Clock } from '../bridge/clock.ts';
import { type FlashPage, parseIntelHex, toPages } from '../protocol/intel-hex.ts';
import type { Transport } from '../transport/transport.ts';
import { ByteReader, LinkClosedError } from './byte-reader.ts';
import {
  AUTO_ORDER,
  CHIPS,
  type Chip,
  type ChipId,
  chipOfSignature,
  describeSignature,
  FLASH_BOARDS,
  type FlashBoard,
  type FlashBoardId,
  signatureHex,
} from './flash-boards.ts';
import { type Programmer, ProtocolError } from './programmer.ts';
import { Stk500v1, type Stk500v1Options } from './stk500v1.ts';
import { Stk500v2, type Stk500v2Options } from './stk500v2.ts';
import '../texts/index.ts';

/** Where the board is. */
export interface FlashTarget {
  /** For messages: '/dev/ttyUSB0', 'COM3', 'emulated uno'. */
  readonly port: string;
  /**
   * Opens the port at `baud` and resets the board into its bootloader (a serial port
   * resets an Arduino when it opens: DTR). Each call gives a fresh Transport.
   */
  open(baud: number): Promise<Transport>;
}

export type FlashPhase = 'write' | 'verify';

export interface FlashProgress {
  readonly phase: FlashPhase;
  /** Pages done in this phase. */
  readonly done: number;
  readonly total: number;
}

export interface FlashOptions {
  /** Which board it is; undefined: try each bootloader of AUTO_ORDER in turn. */
  readonly board?: FlashBoardId;
  /** Intel HEX text to write; undefined: `firmwareHex(chip)` for the chip found. */
  readonly hex?: string;
  /** Our committed firmware for a chip (Intel HEX text). */
  readonly firmwareHex: (chip: Chip) => Promise<string>;
  /** Wall clock for a real port, emulated time for the emulator. */
  readonly clock: Clock;
  readonly onProgress?: (progress: FlashProgress) => void;
  /** Called when a bootloader answers, before anything is read or written. */
  readonly onFound?: (board: FlashBoard, baud: number) => void;
  readonly stk500v1?: Stk500v1Options;
  readonly stk500v2?: Stk500v2Options;
  /** Wait after opening before the first sync, ms (the bootloader starts up). Default 50. */
  readonly bootDelayMs?: number;
}

export interface FlashResult {
  /** The bootloader that answered: 'uno' (optiboot 115200), 'nano-old' or 'mega'. */
  readonly bootloader: FlashBoardId;
  readonly protocol: FlashBoard['protocol'];
  readonly baud: number;
  readonly chip: string;
  /** Signature as hex, e.g. "1e950f". */
  readonly signature: string;
  readonly pages: number;
  /** Bytes written (whole pages). */
  readonly bytes: number;
  /** Times the bootloader fell out of step and the command was repeated. */
  readonly resyncs: number;
}

/** Flashes the board at `target`. Throws a MekongError (FLASH_*) when it cannot. */
export async function flashBoard(target: FlashTarget, options: FlashOptions): Promise<FlashResult> {
  if (options.hex !== undefined) parseIntelHex(options.hex, CHIPS.atmega2560.flashBytes);
  const candidates = options.board ? [options.board] : AUTO_ORDER;
  const tried: string[] = [];
  for (const id of candidates) {
    const board: FlashBoard = FLASH_BOARDS[id];
    const transport = await target.open(board.baud);
    const reader = new ByteReader(transport, options.clock);
    const programmer: Programmer & { resyncs: number } =
      board.protocol === 'stk500v1'
        ? new Stk500v1(reader, options.stk500v1)
        : new Stk500v2(reader, {
            extendedAddress: CHIPS[board.chip].flashBytes > 0x10000,
            ...options.stk500v2,
          });
    let pagesDone = 0;
    let pagesTotal = 0;
    try {
      await reader.settle(options.bootDelayMs ?? 50);
      if (!(await programmer.sync())) {
        tried.push(`${board.label}, ${board.protocol} at ${board.baud} baud`);
        continue;
      }
      options.onFound?.(board, board.baud);
      await programmer.enter();
      const signature = await programmer.readSignature();
      const chipId = checkSignature(target.port, signature, options.board);
      const chip = CHIPS[chipId];
      const hex = options.hex ?? (await options.firmwareHex(chip));
      const pages = toPages(parseIntelHex(hex, chip.flashBytes), chip.pageBytes);
      pagesTotal = pages.length;
      const progress = (phase: FlashPhase, done: number) =>
        options.onProgress?.({ phase, done, total: pages.length });
      progress('write', 0);
      for (const page of pages) {
        await programmer.writePage(page.address, page.data);
        pagesDone += 1;
        progress('write', pagesDone);
      }
      progress('verify', 0);
      for (const [index, page] of pages.entries()) {
        await verifyPage(programmer, page, target.port);
        progress('verify', index + 1);
      }
      await programmer.leave();
      return {
        bootloader: id,
        protocol: board.protocol,
        baud: board.baud,
        chip: chip.name,
        signature: signatureHex(signature),
        pages: pages.length,
        bytes: pages.length * chip.pageBytes,
        resyncs: programmer.resyncs,
      };
    } catch (error) {
      if (error instanceof LinkClosedError || error instanceof ProtocolError) {
        throw new MekongError('FLASH_UNPLUGGED', {
          port: target.port,
          detail: error instanceof LinkClosedError ? error.reason : error.message,
          done: pagesDone,
          total: pagesTotal,
        });
      }
      throw error;
    } finally {
      await transport.close('flashing finished');
    }
  }
  throw new MekongError('FLASH_NO_SYNC', { port: target.port, tried: tried.join('; ') });
}

/** The chip to flash; refuses a chip --board does not fit, or one we have no firmware for. */
function checkSignature(port: string, signature: number[], board?: FlashBoardId): ChipId {
  const found = chipOfSignature(signature);
  const params = {
    port,
    found: describeSignature(signature),
    signature: signatureHex(signature),
  };
  if (board !== undefined && found !== FLASH_BOARDS[board].chip) {
    const expected = CHIPS[FLASH_BOARDS[board].chip].name;
    throw new MekongError('FLASH_WRONG_SIGNATURE', { ...params, expected, board });
  }
  if (found === null) throw new MekongError('FLASH_UNSUPPORTED_CHIP', params);
  return found;
}

async function verifyPage(programmer: Programmer, page: FlashPage, port: string): Promise<void> {
  const read = await programmer.readPage(page.address, page.data.length);
  for (let i = 0; i < page.data.length; i++) {
    if (read[i] !== page.data[i]) {
      throw new MekongError('FLASH_VERIFY_FAILED', {
        port,
        address: `0x${page.address.toString(16).padStart(4, '0')}`,
      });
    }
  }
}
