/** `mekong flash` in-process: option errors through main(), flashing through fake ports. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flashCommand } from '../../../cli/commands/flash.ts';
import { EXIT, printError } from '../../../cli/io.ts';
import { main } from '../../../cli/main.ts';
import type { FlashOptions } from '../../../cli/verbs.ts';
import type { FlashSystem } from '../../../firmware-bridge/flash/flash-robot.ts';
import { parseIntelHex, toPages } from '../../../firmware-bridge/protocol/intel-hex.ts';
import { decodeIdentity } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import type { SerialPortInfo } from '../../../firmware-bridge/transport/serial-transport.ts';
import { Transport } from '../../../firmware-bridge/transport/transport.ts';
import { MekongError, phrase } from '../../../robot/index.ts';
import { FakeRobotBoard } from './fake-robot-board.ts';
import { FakeStk500v1 } from './fake-stk500v1.ts';
import { AutoClock, FakeTransport } from './fakes.ts';

const UNO_HEX = readFileSync(
  new URL('../../../firmware-bridge/firmware/hex/mekong-uno.hex', import.meta.url),
  'utf8',
);
const UNO_PAGES = toPages(parseIntelHex(UNO_HEX, 0x7e00), 128);
const dir = mkdtempSync(join(tmpdir(), 'mekong-flash-'));

function memoryIo(tty = false) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t), isTTY: tty },
  };
  return { io, out };
}

async function mekong(...argv: string[]) {
  const { io, out } = memoryIo();
  const code = await main(argv, io);
  return { code, ...out };
}

const CH340 = { vendorId: '1a86', productId: '7523' };

/** Fake boards by port path, plus the ports the OS lists. */
function fakeSystem(boards: Record<string, FakeRobotBoard>, extra: SerialPortInfo[] = []) {
  const opened: string[] = [];
  const system: FlashSystem = {
    listPorts: async () => [
      { path: '/dev/ttyS0' },
      ...extra,
      ...Object.keys(boards).map((path) => ({ path, ...CH340 })),
    ],
    openPort: (path, baud) => {
      const board = boards[path];
      if (!board) throw new Error(`no fake board on ${path}`);
      opened.push(`${path}@${baud}`);
      board.reset(baud);
      return new FakeTransport(board);
    },
    clock: new AutoClock(),
  };
  return { system, opened };
}

/** Runs the verb as main() does (errors printed, exit 2), on fake ports. */
async function flash(
  system: FlashSystem,
  options: Partial<FlashOptions> = {},
  tty = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out } = memoryIo(tty);
  const lang = options.lang ?? 'en';
  let code: number;
  try {
    code = await flashCommand({ lang, ...options }, io, () => performance.now(), system);
  } catch (error) {
    printError(io, error, lang);
    code = EXIT.badInput;
  }
  return { code, ...out };
}

const unoBoard = (signature?: [number, number, number]) =>
  new FakeRobotBoard(new FakeStk500v1(signature ? { signature } : {}));

function expectFlashed(board: FakeRobotBoard): void {
  const flash = (board.bootloader as FakeStk500v1).flash;
  for (const page of UNO_PAGES) {
    expect(Buffer.from(flash.subarray(page.address, page.address + 128))).toEqual(
      Buffer.from(page.data),
    );
  }
}

describe('mekong flash: options checked before any board is touched (exit 2)', () => {
  it('names the bad --board and the valid ones, in the chosen language', async () => {
    const r = await mekong('flash', '--board', 'leonardo');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error [BAD_OPTION]: The option --board cannot be "leonardo".');
    expect(r.stderr).toContain('one of: uno, nano, nano-old, mega');
    const vi = await mekong('--lang', 'vi', 'flash', '--board', 'leonardo');
    expect(vi.stderr).toContain('Tuỳ chọn --board không thể là "leonardo"');
  });

  it('a missing --hex file: FILE_UNREADABLE naming it', async () => {
    const missing = join(dir, 'nope.hex');
    const r = await mekong('--lang', 'lo', 'flash', '--hex', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error [FILE_UNREADABLE]: ອ່ານ ${missing} ບໍ່ໄດ້: ບໍ່ມີໄຟລ໌ນີ້`);
    const en = await mekong('flash', '--hex', missing);
    expect(en.stderr).toContain('valid Intel HEX');
  });

  it('a --hex file that is not Intel HEX: names the bad line', async () => {
    const bad = join(dir, 'bad.hex');
    writeFileSync(bad, ':100000000C9434000C9446000C9446000C944600FF\n');
    const r = await mekong('flash', '--hex', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Intel HEX line 1: checksum mismatch');
  });

  it('an unknown --kit and a name too long for the EEPROM', async () => {
    const kit = await mekong('flash', '--kit', 'lego');
    expect(kit.code).toBe(2);
    expect(kit.stderr).toContain('[UNKNOWN_KIT]');
    const { system } = fakeSystem({ '/dev/ttyUSB0': unoBoard() });
    const name = await flash(system, { name: 'Rô-bốt của lớp 7A1' });
    expect(name.code).toBe(2);
    expect(name.stderr).toContain('[BAD_OPTION]: The option --name');
  });
});

describe('mekong flash: picking the port', () => {
  it('no USB board connected (built-in ttyS ports do not count): FLASH_NO_BOARD', async () => {
    const { system } = fakeSystem({});
    const r = await flash(system, { lang: 'vi' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error [FLASH_NO_BOARD]: Không có bo mạch để nạp');
  });

  it('several boards without --port or --all: FLASH_WHICH_BOARD lists them, flashes none', async () => {
    const boards = { '/dev/ttyUSB0': unoBoard(), '/dev/ttyACM0': unoBoard() };
    const { system, opened } = fakeSystem(boards);
    const r = await flash(system);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[FLASH_WHICH_BOARD]: 2 boards are connected');
    expect(r.stderr).toContain('/dev/ttyACM0: CH340 USB-serial');
    expect(r.stderr).toContain('/dev/ttyUSB0');
    expect(r.stderr).toContain('--all');
    expect(opened).toEqual([]);
  });

  it('--port picks one of several', async () => {
    const boards = { '/dev/ttyUSB0': unoBoard(), '/dev/ttyACM0': unoBoard() };
    const { system, opened } = fakeSystem(boards);
    const r = await flash(system, { port: '/dev/ttyACM0' });
    expect(r.code, r.stderr).toBe(0);
    expect(opened.every((o) => o.startsWith('/dev/ttyACM0@'))).toBe(true);
    expect(boards['/dev/ttyUSB0'].bootloader.pagesWritten).toBe(0);
  });
});

describe('mekong flash: flashing fake boards', () => {
  it('flashes the one board, verifies, then names it over Firmata at 57600 and reads it back', async () => {
    const board = unoBoard();
    const { system, opened } = fakeSystem({ '/dev/ttyUSB0': board });
    const r = await flash(system, { board: 'uno' });
    expect(r.code, r.stderr).toBe(0);
    expectFlashed(board);
    expect(opened).toEqual(['/dev/ttyUSB0@115200', '/dev/ttyUSB0@57600']);
    expect(decodeIdentity(board.identityData)).toEqual({ name: 'robot-01', kitId: 'l298n-2wd' });
    expect(r.stdout).toMatch(
      /^\/dev\/ttyUSB0 {2}done: ATmega328P flashed and checked \(\d+ bytes in [\d.]+ s\); robot "robot-01", kit l298n-2wd\.\n$/,
    );
    // Not a terminal: plain lines, each quarter of each phase, no carriage returns.
    const n = UNO_PAGES.length;
    expect(r.stderr).toContain('found: Arduino Uno (optiboot), 115200 baud');
    expect(r.stderr).toContain(`  writing 0/${n} (0%)\n`);
    expect(r.stderr).toContain(`  checking ${n}/${n} (100%)\n`);
    expect(r.stderr.split('\n').length).toBeLessThan(16);
    expect(r.stderr).not.toContain('\r');
  });

  it('draws a progress bar on a terminal', async () => {
    const { system } = fakeSystem({ '/dev/ttyUSB0': unoBoard() });
    const r = await flash(system, {}, true);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`\r  writing        [${'#'.repeat(30)}] 100%\n`);
    expect(r.stderr).toMatch(/\r {2}checking {7}\[#*-+\] +\d+%/);
  });

  it('--json prints one object with what was flashed and the identity read back', async () => {
    const board = unoBoard();
    const { system } = fakeSystem({ '/dev/ttyUSB0': board });
    const r = await flash(system, { json: true, name: 'Rồng Xanh 7', kit: 'mbot' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      ok: true,
      boards: [
        {
          ok: true,
          port: '/dev/ttyUSB0',
          firmware: 'MekongFirmata 0.1',
          identity: { name: 'Rồng Xanh 7', kitId: 'mbot' },
          flash: { bootloader: 'uno', chip: 'ATmega328P', signature: '1e950f' },
        },
      ],
    });
    expect(json.boards[0].flash.pages).toBe(UNO_PAGES.length);
  });

  it('a board that already has a name keeps it when no --name is given', async () => {
    const board = new FakeRobotBoard(new FakeStk500v1(), true);
    board.identityData = [1, 2, 4, 0x41, 0, 0x42, 0, 0x6d, 0, 0x62, 0, 0x6f, 0, 0x74, 0];
    const { system } = fakeSystem({ '/dev/ttyUSB0': board });
    const r = await flash(system, { json: true, kit: 'l298n-2wd' });
    expect(JSON.parse(r.stdout).boards[0].identity).toEqual({ name: 'AB', kitId: 'l298n-2wd' });
  });

  it('--all flashes each board in turn as robot-01, robot-02, …; one failure does not stop the rest', async () => {
    const boards = {
      '/dev/ttyUSB0': unoBoard(),
      '/dev/ttyUSB1': unoBoard([0x1e, 0x94, 0x06]),
      '/dev/ttyUSB2': unoBoard(),
    };
    const { system } = fakeSystem(boards);
    const r = await flash(system, { all: true, board: 'uno' });
    expect(r.code).toBe(EXIT.programFailed);
    expect(decodeIdentity(boards['/dev/ttyUSB0'].identityData)?.name).toBe('robot-01');
    expect(decodeIdentity(boards['/dev/ttyUSB2'].identityData)?.name).toBe('robot-03');
    expect(boards['/dev/ttyUSB1'].bootloader.pagesWritten).toBe(0);
    expect(r.stderr).toContain('[FLASH_WRONG_SIGNATURE]: The board on /dev/ttyUSB1 is a ATmega168');
    expect(r.stdout).toContain('2 of 3 boards flashed.');
  });

  it('--all with one --name numbers it; with a list, one name each', async () => {
    const boards = { '/dev/ttyUSB0': unoBoard(), '/dev/ttyUSB1': unoBoard() };
    const { system } = fakeSystem(boards);
    await flash(system, { all: true, name: 'lop7a' });
    expect(decodeIdentity(boards['/dev/ttyUSB1'].identityData)?.name).toBe('lop7a-02');
    await flash(system, { all: true, name: 'Mai, Lan' });
    expect(decodeIdentity(boards['/dev/ttyUSB0'].identityData)?.name).toBe('Mai');
    expect(decodeIdentity(boards['/dev/ttyUSB1'].identityData)?.name).toBe('Lan');
    const wrong = await flash(system, { all: true, name: 'a,b,c' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('2 names separated by commas');
  });

  it('a port another program holds: FLASH_PORT_BUSY naming that program', async () => {
    class BusyPort extends Transport {
      readonly description = '/dev/ttyUSB0';
      protected async openLink(): Promise<void> {
        throw new MekongError('PORT_UNAVAILABLE', {
          port: '/dev/ttyUSB0',
          detail: phrase('portBusy'),
        });
      }
      protected writeLink(): void {}
      protected async closeLink(): Promise<void> {}
    }
    const { system } = fakeSystem({ '/dev/ttyUSB0': unoBoard() });
    system.openPort = () => new BusyPort();
    system.portUser = async () => 'arduino (pid 4242)';
    const r = await flash(system);
    expect(r.code).toBe(EXIT.programFailed);
    expect(r.stderr).toContain(
      'error [FLASH_PORT_BUSY]: /dev/ttyUSB0 is in use by another program (arduino (pid 4242))',
    );
  });

  it('firmware that never answers after a good flash: FLASH_NO_FIRMWARE_ANSWER', async () => {
    const board = unoBoard();
    board.receive = (bytes, reply) => board.bootloader.receive(bytes, reply);
    const { system } = fakeSystem({ '/dev/ttyUSB0': board });
    const r = await flash(system, { json: true });
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(json.boards[0].error.code).toBe('FLASH_NO_FIRMWARE_ANSWER');
    expect(json.boards[0].error.message).toContain('written and verified');
  });
});
