/**
 * Flash time of our Uno firmware through the real optiboot over the emulated 115200 line,
 * next to the theoretical minimum: every byte costs 10 bits on the wire (start, 8 data,
 * stop). Emulated ms is what a real Uno would take; wall ms is how long the emulator took.
 */
import { readFileSync } from 'node:fs';
import { flashBoard } from '../../firmware-bridge/flash/flash-board.ts';
import { CHIPS } from '../../firmware-bridge/flash/flash-boards.ts';
import { parseIntelHex, toPages } from '../../firmware-bridge/protocol/intel-hex.ts';
import { BootloaderBoard, EmulationRunner } from '../firmware-bridge/flash/bootloader-board.ts';
import { buildOptiboot } from '../firmware-bridge/flash/optiboot-build.ts';

const BAUD = 115200;
const BITS_PER_BYTE = 10;

/** ms to send `bytes` at BAUD. */
const wireMs = (bytes: number) => (bytes * BITS_PER_BYTE * 1000) / BAUD;

export async function benchFlash(): Promise<Record<string, number | string>> {
  const hex = readFileSync(
    new URL('../../firmware-bridge/firmware/hex/mekong-uno.hex', import.meta.url),
    'utf8',
  );
  const image = parseIntelHex(hex, CHIPS.atmega328p.flashBytes);
  const pages = toPages(image, CHIPS.atmega328p.pageBytes);
  const pageBytes = pages.length * CHIPS.atmega328p.pageBytes;

  const target = new BootloaderBoard(buildOptiboot());
  const runner = new EmulationRunner(target);
  const wallStart = performance.now();
  const result = await runner.run(
    flashBoard(runner.flashTarget(), {
      board: 'uno',
      clock: runner.clock,
      firmwareHex: async () => hex,
    }),
  );
  // The board's clock starts when the port opens (EmulationRunner waits for a link).
  const emulatedMs = runner.timeMs;
  const wallMs = performance.now() - wallStart;
  const hostBytes = runner.link?.bytesWritten ?? 0;
  // Host → board: the page data (PROG_PAGE), then board → host: the same bytes read back.
  const writeOnlyMs = wireMs(pageBytes);
  const withVerifyMs = wireMs(2 * pageBytes);
  return {
    'firmware bytes (hex image)': image.end,
    'pages (128 B)': result.pages,
    'bytes written (whole pages)': pageBytes,
    'host bytes sent (framing included)': hostBytes,
    'emulated ms (open to leave)': Math.round(emulatedMs),
    'wall ms': Math.round(wallMs),
    'theoretical min ms, writes only': Math.round(writeOnlyMs),
    'theoretical min ms, writes + read-back': Math.round(withVerifyMs),
    'emulated / min (with verify)': Number((emulatedMs / withVerifyMs).toFixed(2)),
    'effective KiB/s': Number((pageBytes / 1024 / (emulatedMs / 1000)).toFixed(1)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchFlash());
