/**
 * Plain johnny-five in this package: `new five.Board({ port })` and `new five.Board()` on
 * our firmware, through the serialport that package.json links for johnny-five (serialport
 * 8's API on serialport 13, with the heartbeat). The port is a socat pseudo-terminal in
 * front of an emulated board, as in docs/hardware.md.
 */
import { spawn } from 'node:child_process';
import { type EventEmitter, once } from 'node:events';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import five from 'johnny-five';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { serveEmulator, socatRecipe } from '../../../firmware-bridge/emulator/tcp-server.ts';
import { heartbeatMessage } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import { emulatorFor } from '../helpers.ts';
import { freshLink, startSocat, stopSocat } from '../socat.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHIM = join(ROOT, 'firmware-bridge/transport/johnny-five-serialport/index.cjs');
const johnnyFive = createRequire(createRequire(import.meta.url).resolve('johnny-five'));
/** A port of the adapter on serialport's mock binding. */
interface MockedPort extends EventEmitter {
  readonly isOpen: boolean;
  /** serialport's MockPortBinding: what the port wrote, and data "from the board". */
  readonly port: { recording: Buffer; emitData(data: Buffer): void };
  drain(done: () => void): void;
  close(done: () => void): void;
}

/** What the tests use of the adapter (firmware-bridge/transport/johnny-five-serialport). */
interface SerialportForJohnnyFive {
  new (path: string, options: { binding: unknown; baudRate: number }): MockedPort;
  list(): Promise<{ path: string }[]>;
  usbTtys(devDir: string): Promise<{ path: string }[]>;
  HEARTBEAT: number[];
}

/** The module johnny-five gets when it requires "serialport" (the very same instance). */
const serialportOfJohnnyFive = (): SerialportForJohnnyFive => johnnyFive('serialport');

afterEach(async () => {
  vi.restoreAllMocks();
});

const settled = { timeout: 15_000, interval: 20 };

/** An emulated l298n-2wd board in real time behind a socat pseudo-terminal at `link`. */
async function emulatedPort(link: string) {
  const emulator = emulatorFor('l298n-2wd', { speed: 1, realism: 'ideal' });
  onTestFinished(() => emulator.stop());
  const server = await serveEmulator(emulator, { host: '127.0.0.1', port: 0 });
  onTestFinished(() => server.close());
  const socat = await startSocat(socatRecipe('127.0.0.1', server.port), link, {
    untilOpened: true,
  });
  onTestFinished(() => stopSocat(socat));
  return emulator;
}

/** Resolves with the Board once johnny-five says "ready"; rejects on its "error". */
function whenReady(board: InstanceType<typeof five.Board>): Promise<void> {
  return new Promise((resolve, reject) => {
    board.once('ready', () => resolve());
    board.once('error', (event: { message?: string }) => reject(new Error(event.message)));
  });
}

/** Closes the serial port johnny-five opened (johnny-five has no close of its own). */
function closePort(board: InstanceType<typeof five.Board>): Promise<void> {
  const port = board.io.transport as unknown as { isOpen: boolean; close(done: () => void): void };
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => port.close(() => resolve()));
}

describe('plain johnny-five Boards on our firmware', () => {
  it('johnny-five and its firmata package require our serialport 8 adapter', () => {
    const firmata = createRequire(johnnyFive.resolve('firmata'));
    expect(realpathSync(johnnyFive.resolve('serialport'))).toBe(realpathSync(SHIM));
    expect(realpathSync(firmata.resolve('serialport'))).toBe(realpathSync(SHIM));
    expect(serialportOfJohnnyFive().HEARTBEAT).toEqual([0xf0, ...heartbeatMessage(), 0xf7]);
  });

  it('sends the heartbeat every 200 ms once the board has spoken, and stops when the port closes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { MockBinding } = createRequire(SHIM)('@serialport/binding-mock');
    MockBinding.createPort('/dev/ttyMekongMock', { record: true });
    onTestFinished(() => MockBinding.reset());
    const SerialPort = serialportOfJohnnyFive();
    const port = new SerialPort('/dev/ttyMekongMock', { binding: MockBinding, baudRate: 57600 });
    await once(port, 'open');
    const written = async () => {
      await new Promise<void>((resolve) => port.drain(resolve));
      return [...port.port.recording];
    };

    // Until the board speaks it may be in its bootloader, which bytes would keep there.
    vi.advanceTimersByTime(1000);
    expect(await written()).toEqual([]);

    port.port.emitData(Buffer.from([0xf9, 0x02, 0x05]));
    await once(port, 'data');
    vi.advanceTimersByTime(1000);
    expect(await written()).toEqual(Array(5).fill(SerialPort.HEARTBEAT).flat());

    await new Promise<void>((resolve) => port.close(resolve));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('`new five.Board({ port })` blinks the LED, keeps a motor going while the program waits, and the motor stops after the port closes', async () => {
    const link = freshLink();
    const emulator = await emulatedPort(link);
    const board = new five.Board({ port: link, repl: false, debug: false, sigint: false });
    onTestFinished(() => closePort(board));
    await whenReady(board);

    const led13 = emulator.robot.board.recordPin(13);
    onTestFinished(() => led13.stop());
    const led = new five.Led({ board, pin: 13 }).blink(100);
    await vi.waitFor(() => expect(led13.edges.length).toBeGreaterThanOrEqual(4), settled);
    led.stop().off();

    // The kit's left motor (L298N: EN 5, IN1 7, IN2 8).
    const { body } = emulator.robot;
    new five.Motor({ board, pins: { pwm: 5, dir: 7, cdir: 8 } }).forward(153);
    await vi.waitFor(() => expect(body.powerLeft).toBeCloseTo(60, 0), settled);
    // The program says nothing more: past three watchdog limits only the heartbeat speaks.
    const from = emulator.robot.elapsedMs;
    await vi.waitFor(() => expect(emulator.robot.elapsedMs - from).toBeGreaterThan(1500), settled);
    expect(body.powerLeft).toBeCloseTo(60, 0);

    // No heartbeat after the close: the watchdog stops the motor.
    await closePort(board);
    await vi.waitFor(() => expect(body.powerLeft).toBe(0), settled);
  }, 60_000);

  it('`new five.Board()` takes the first USB port of the list and lights the LED', async () => {
    const link = freshLink('ttyUSB0');
    const emulator = await emulatedPort(link);
    // The list this machine has is not the test's: the board's port comes after a built-in
    // port (not USB), which johnny-five skips.
    const list = vi
      .spyOn(serialportOfJohnnyFive(), 'list')
      .mockResolvedValue([{ path: '/dev/ttyS0' }, { path: link }]);
    const board = new five.Board({ repl: false, debug: false, sigint: false });
    onTestFinished(() => closePort(board));
    await whenReady(board);
    expect(list).toHaveBeenCalled();
    expect(board.io.transport).toMatchObject({ path: link });

    new five.Led({ board, pin: 13 }).on();
    await vi.waitFor(() => expect(emulator.robot.board.outputHigh(13)).toBe(true), settled);
  }, 60_000);

  it('examples/johnny-five/blink.js, run by node as a teacher would, blinks the LED', async () => {
    const link = freshLink();
    const emulator = await emulatedPort(link);
    // stdin stays open: johnny-five's REPL reads it, as in a terminal.
    const program = spawn(process.execPath, ['examples/johnny-five/blink.js', link], {
      cwd: ROOT,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    program.stderr.on('data', (data: Buffer) => (errors += data.toString()));
    const exited = new Promise((resolve) => program.once('exit', resolve));
    onTestFinished(async () => {
      program.kill('SIGTERM');
      await exited;
    });
    // The board the program talks to: socat's connection has reset the MCU by then.
    await vi.waitFor(() => expect(emulator.robot.board.isOutput(13)).toBe(true), settled);
    const led13 = emulator.robot.board.recordPin(13);
    onTestFinished(() => led13.stop());
    await vi.waitFor(() => expect(led13.edges.length).toBeGreaterThanOrEqual(4), settled);
    expect(errors).toBe('');
  }, 60_000);

  it("lists the USB serial ports in /dev when serialport's list fails (Linux without udevadm)", async () => {
    const dev = mkdtempSync(join(tmpdir(), 'mekong-dev-'));
    for (const name of ['ttyS0', 'ttyACM1', 'tty1', 'ttyUSB0', 'ttyUSB10']) {
      writeFileSync(join(dev, name), '');
    }
    const shim = serialportOfJohnnyFive();
    expect(await shim.usbTtys(dev)).toEqual(
      ['ttyACM1', 'ttyUSB0', 'ttyUSB10'].map((name) => ({ path: join(dev, name) })),
    );

    // serialport 13's SerialPort: the class the adapter extends.
    const serialPort13 = Object.getPrototypeOf(shim) as { list(): Promise<unknown[]> };
    vi.spyOn(serialPort13, 'list').mockRejectedValue(new Error('spawn udevadm ENOENT'));
    if (process.platform === 'linux') {
      expect(await shim.list()).toEqual(await shim.usbTtys('/dev'));
    } else {
      await expect(shim.list()).rejects.toThrow('udevadm');
    }
  });
});
