import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flashCommand } from '../../../cli/commands/flash.ts';
import { flashBoard } from '../../../firmware-bridge/flash/flash-board.ts';
import { CHIPS } from '../../../firmware-bridge/flash/flash-boards.ts';
import { checkFirmwareAndIdentity } from '../../../firmware-bridge/flash/identity.ts';
import { MEKONG_IDENTITY_READ } from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { parseIntelHex, toPages } from '../../../firmware-bridge/protocol/intel-hex.ts';
import {
  decodeIdentity,
  identityReadMessage,
} from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import {
  BootloaderBoard,
  connectJohnnyFive,
  EmulatedSerialLink,
  EmulationRunner,
  OPTIBOOT_HEX_PATH,
  sysexQuery,
} from './bootloader-board.ts';
import { buildOptiboot } from './optiboot-build.ts';

const UNO_HEX = readFileSync(
  new URL('../../../firmware-bridge/firmware/hex/mekong-uno.hex', import.meta.url),
  'utf8',
);
// Building optiboot needs Debian's gcc-avr and arduino-core-avr: under CI=true a missing
// toolchain fails; elsewhere these tests are skipped with the reason printed.
const toolchain = existsSync('/usr/bin/avr-gcc') && existsSync(OPTIBOOT_HEX_PATH);
if (!toolchain) {
  const why = 'gcc-avr / arduino-core-avr are not installed: optiboot cannot be built';
  if (process.env.CI === 'true') throw new Error(why);
  console.warn(`skipping the optiboot end-to-end tests: ${why}`);
}
const OPTIBOOT = toolchain ? buildOptiboot() : '';

describe.skipIf(!toolchain)('optiboot end to end: the real bootloader in the emulator', () => {
  it("Debian's prebuilt optiboot hex overflows the 512-byte boot section (why the tests build it)", () => {
    const shipped = parseIntelHex(readFileSync(OPTIBOOT_HEX_PATH, 'utf8'), 0x10000);
    expect(shipped.end).toBeGreaterThan(0x8000);
    const ours = parseIntelHex(OPTIBOOT, 0x8000);
    expect(ours.end).toBe(0x8000);
    expect(ours.set.subarray(0, 0x7e00).includes(1)).toBe(false);
  });

  it('answers the flasher after a reset, however long the board ran erased flash before', async () => {
    const target = new BootloaderBoard(OPTIBOOT);
    // optiboot times out, jumps to the erased application, which runs 0xFFFF words into
    // the I/O registers (UBRR0H among them) and wraps round into optiboot, again and again.
    target.runCycles(3 * 16_000_000);
    const board = target.board;
    for (const attempt of [1, 2]) {
      board.dropHostBytes();
      target.externalReset();
      board.runMs(50);
      expect(board.speaksAt(115200), `attempt ${attempt}`).toBe(true);
      const before = board.received.length;
      board.send([0x30, 0x20]); // STK_GET_SYNC, CRC_EOP
      board.runMs(20);
      expect(board.received.slice(before)).toEqual([0x14, 0x10]); // STK_INSYNC, STK_OK
      // Bytes at the wrong speed make optiboot give up (watchdog) and start the erased app.
      board.send(Array.from({ length: 40 }, (_, i) => (i * 37) & 0xff));
      board.runMs(1500);
    }
  });

  it('flashes our firmware through optiboot, which then starts it; the identity is stored', async () => {
    const target = new BootloaderBoard(OPTIBOOT);
    const bootloaderBefore = target.flashBytes.slice(0x7e00);
    const runner = new EmulationRunner(target);
    const result = await runner.run(
      flashBoard(runner.flashTarget(), {
        board: 'uno',
        clock: runner.clock,
        firmwareHex: async () => UNO_HEX,
      }),
    );
    expect(result).toMatchObject({ bootloader: 'uno', signature: '1e950f', resyncs: 0 });
    const image = parseIntelHex(UNO_HEX, CHIPS.atmega328p.flashBytes);
    expect(Buffer.from(target.flashBytes.subarray(0, image.end))).toEqual(Buffer.from(image.bytes));
    expect(target.spm.writes).toBe(toPages(image, 128).length);
    expect(Buffer.from(target.flashBytes.subarray(0x7e00))).toEqual(Buffer.from(bootloaderBefore));

    const link = await runner.open(57600);
    const check = await runner.run(
      checkFirmwareAndIdentity(link, 'emulated uno', runner.clock, {
        name: 'Rồng Xanh 7',
        kitId: 'l298n-2wd',
      }),
    );
    expect(check.firmware).toBe('MekongFirmata 0.1');
    expect(check.identity).toEqual({ name: 'Rồng Xanh 7', kitId: 'l298n-2wd' });
    expect(target.board.eeprom[0]).toBe(0x4d);
    await link.close();

    // A fresh connection (another reset through optiboot) reads the identity back.
    const again = await runner.open(57600);
    const read = await runner.run(
      checkFirmwareAndIdentity(again, 'emulated uno', runner.clock, null),
    );
    expect(read.identity).toEqual({ name: 'Rồng Xanh 7', kitId: 'l298n-2wd' });
    await again.close();

    // johnny-five connects to the freshly flashed board (the port opening resets it through
    // optiboot into our firmware) and reads the identity through its io with our sysex.
    const t0 = runner.timeMs;
    const { link: j5Link, io, board } = await connectJohnnyFive(runner);
    expect(board.isReady).toBe(true);
    expect(io.firmware.name).toBe('MekongFirmata');
    // optiboot's wait for an upload (~1 s) then the app's Firmata handshake, in board time.
    expect(runner.timeMs - t0).toBeLessThan(3000);
    const reply = await sysexQuery(runner, io, MEKONG_IDENTITY_READ, identityReadMessage());
    expect(decodeIdentity(reply)).toEqual({ name: 'Rồng Xanh 7', kitId: 'l298n-2wd' });
    await j5Link.close();
  });

  it('mekong flash --json through an injected port factory: optiboot writes it, the firmware names the robot', async () => {
    const target = new BootloaderBoard(OPTIBOOT);
    const runner = new EmulationRunner(target);
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    const code = await runner.run(
      flashCommand({ lang: 'en', json: true, name: 'Sao Mai', kit: 'mbot' }, io, () => 0, {
        listPorts: async () => [{ path: '/dev/ttyACM0', vendorId: '2341', productId: '0043' }],
        openPort: (_path, baud) => {
          runner.link = new EmulatedSerialLink(target, baud);
          return runner.link;
        },
        clock: runner.clock,
      }),
    );
    expect(code, out).toBe(0);
    const board = JSON.parse(out).boards[0];
    expect(board).toMatchObject({
      ok: true,
      port: '/dev/ttyACM0',
      firmware: 'MekongFirmata 0.1',
      identity: { name: 'Sao Mai', kitId: 'mbot' },
      flash: { bootloader: 'uno', signature: '1e950f', resyncs: 0 },
    });
    const image = parseIntelHex(UNO_HEX, CHIPS.atmega328p.flashBytes);
    expect(Buffer.from(target.flashBytes.subarray(0, image.end))).toEqual(Buffer.from(image.bytes));
    // The name really is in the emulated EEPROM: read it from a fresh connection.
    const again = await runner.open(57600);
    const read = await runner.run(
      checkFirmwareAndIdentity(again, 'emulated uno', runner.clock, null),
    );
    expect(read.identity).toEqual({ name: 'Sao Mai', kitId: 'mbot' });
    await again.close();

    // And johnny-five, connected as the hardware path connects it, reads the same identity.
    const j5 = await connectJohnnyFive(runner);
    expect(j5.board.isReady).toBe(true);
    const reply = await sysexQuery(runner, j5.io, MEKONG_IDENTITY_READ, identityReadMessage());
    expect(decodeIdentity(reply)).toEqual({ name: 'Sao Mai', kitId: 'mbot' });
    await j5.link.close();
  });
});
