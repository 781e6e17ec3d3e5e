/**
 * `mekong emulate` over TCP, and a real serial port (serialport 13 on a socat
 * pseudo-terminal) in front of it: the recipe from docs/hardware.md, end to end.
 */
import five from 'johnny-five';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { emulateCommand, parseListen } from '../../../cli/commands/emulate.ts';
import { openBoardSession } from '../../../firmware-bridge/bridge/board-session.ts';
import { wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import { openJohnnyFiveBoard } from '../../../firmware-bridge/bridge/johnny-five-board.ts';
import { serveEmulator, socatRecipe } from '../../../firmware-bridge/emulator/tcp-server.ts';
import {
  SerialTransport,
  serialPortPresent,
} from '../../../firmware-bridge/transport/serial-transport.ts';
import { TcpTransport } from '../../../firmware-bridge/transport/tcp-transport.ts';
import { getKit } from '../../../robot/index.ts';
import { emulatorFor } from '../helpers.ts';
import { freshLink, startSocat, stopSocat } from '../socat.ts';

const now = () => performance.now();

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real-time, noise-free emulated l298n-2wd served over TCP until the test ends, a fresh
 * path for the serial port and the socat `recipe` that makes it a serial line to the server.
 */
async function servedEmulator() {
  const emulator = emulatorFor('l298n-2wd', { speed: 1, realism: 'ideal' });
  onTestFinished(() => emulator.stop());
  const server = await serveEmulator(emulator, { host: '127.0.0.1', port: 0 });
  onTestFinished(() => server.close());
  return { emulator, server, link: freshLink(), recipe: socatRecipe('127.0.0.1', server.port) };
}

describe('the emulator over TCP and a serial port', () => {
  it('`mekong emulate` prints a socat recipe that makes a working serial port, and stops when asked', async () => {
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    const stop = new AbortController();
    const done = emulateCommand(
      {
        kit: 'l298n-2wd',
        world: 'playground',
        listen: '127.0.0.1:0',
        realism: 'classroom',
        seed: 1,
        lang: 'en',
      },
      io,
      now,
      stop.signal,
    );
    await vi.waitFor(() => expect(out).toContain('socat'), { timeout: 10_000, interval: 10 });
    const port = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
    expect(port).toBeGreaterThan(0);
    const recipe = /socat \S+ \S+/.exec(out)?.[0] ?? '';
    expect(recipe).toMatch(
      new RegExp(`^socat pty,link=/tmp/ttyMekong,\\S+ tcp:127\\.0\\.0\\.1:${port}$`),
    );
    const link = freshLink();
    const socat = await startSocat(recipe, link);
    onTestFinished(() => stopSocat(socat));
    const session = await openBoardSession({
      kit: getKit('l298n-2wd'),
      transport: new SerialTransport(link),
      clock: wallClock(now),
    });
    expect(session.firmware.name).toBe('MekongFirmata');
    // Unasked, the board has little to say. A pseudo-terminal that echoes hands the board
    // its own replies back as requests (its version reply asks for the version again):
    // thousands of bytes a second.
    let heard = 0;
    session.transport.on('data', (data: Buffer) => (heard += data.length));
    await delay(500);
    expect(heard).toBeLessThan(100);
    await session.transport.close();
    stop.abort();
    expect(await done).toBe(0);
    await expect(new TcpTransport('127.0.0.1', port).open()).rejects.toMatchObject({
      code: 'PORT_UNAVAILABLE',
    });
    expect(() => parseListen('5760')).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  }, 30_000);

  it('runs a robot through socat and serialport, and reconnects when the port comes back', async () => {
    // No sensor noise, so the distance read at the end is exact (no timed moves here).
    const { emulator, server, link, recipe } = await servedEmulator();
    let socat = await startSocat(recipe, link);
    onTestFinished(() => stopSocat(socat));
    const robot = await connectRobot({
      kit: emulator.robot.kit,
      clock: wallClock(now),
      transport: () => new SerialTransport(link),
      reconnect: { retryMs: 200, available: () => serialPortPresent(link) },
      // Cut links close the port here; on a starved machine the board's echo can be later
      // than the default 600 ms, and a disconnect then would come before the cut.
      silenceMs: 5000,
    });
    onTestFinished(() => robot.close());
    expect(robot.session.transport.description).toBe(link);

    // A second client is turned away while the first holds the line.
    const other = new TcpTransport('127.0.0.1', server.port);
    const closed = new Promise((resolve) => other.once('close', resolve));
    await other.open();
    await closed;
    expect(server.clients()).toBe(1);

    // Conditions, not times: on a busy machine the emulation falls behind the wall clock.
    const { body } = emulator.robot;
    const settled = { timeout: 10_000, interval: 20 };
    robot.drive(60, 60);
    await vi.waitFor(() => expect(body.powerLeft).toBeCloseTo(60, 0), settled);
    robot.stop();
    await vi.waitFor(() => expect([body.powerLeft, body.powerRight]).toEqual([0, 0]), settled);

    const lost = new Promise((resolve) => robot.once('disconnect', resolve));
    await stopSocat(socat);
    expect(await lost).toMatchObject({ code: 'DISCONNECTED' });
    await expect(robot.wait(10)).rejects.toMatchObject({ code: 'DISCONNECTED' });

    const back = new Promise((resolve) => robot.once('reconnect', resolve));
    socat = await startSocat(recipe, link);
    await back;
    expect(server.clients()).toBe(2);
    // A reading the board answers too late for the host's wall clock is Infinity: ask again.
    await vi.waitFor(
      async () => expect(await robot.distance()).toBeCloseTo(400 - body.x - 12.5, 0),
      settled,
    );
  }, 60_000);

  it('openJohnnyFiveBoard({ port }) drives a plain johnny-five Motor on the socat port', async () => {
    const { emulator, link, recipe } = await servedEmulator();
    const socat = await startSocat(recipe, link);
    onTestFinished(() => stopSocat(socat));
    const { board, close } = await openJohnnyFiveBoard({ port: link }, { silenceMs: 5000 });
    const { body } = emulator.robot;
    const settled = { timeout: 10_000, interval: 20 };
    new five.Motor({ board, pins: { pwm: 5, dir: 7, cdir: 8 } }).forward(153);
    await vi.waitFor(() => expect(body.powerLeft).toBeCloseTo(60, 0), settled);
    // The program says nothing more: the heartbeat keeps the motor going past the watchdog.
    const from = emulator.robot.elapsedMs;
    await vi.waitFor(() => expect(emulator.robot.elapsedMs - from).toBeGreaterThan(1500), settled);
    expect(body.powerLeft).toBeCloseTo(60, 0);
    await close();
    await vi.waitFor(() => expect(body.powerLeft).toBe(0), settled);
  }, 60_000);
});
