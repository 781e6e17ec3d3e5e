/**
 * `mekong emulate` over TCP, and a real serial port (serialport 13 on a socat
 * pseudo-terminal) in front of it: the recipe from docs/hardware.md, end to end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emulateCommand, parseListen } from '../../../cli/commands/emulate.ts';
import { openBoardSession } from '../../../firmware-bridge/bridge/board-session.ts';
import { wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import { serveEmulator } from '../../../firmware-bridge/emulator/tcp-server.ts';
import {
  SerialTransport,
  serialPortPresent,
} from '../../../firmware-bridge/transport/serial-transport.ts';
import { TcpTransport } from '../../../firmware-bridge/transport/tcp-transport.ts';
import { getKit } from '../../../robot/index.ts';
import { emulatorFor } from '../helpers.ts';

const now = () => performance.now();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** socat joining a pseudo-terminal at `link` to the emulator's TCP port. */
async function startSocat(link: string, port: number): Promise<ChildProcess> {
  const socat = spawn('socat', [`pty,link=${link},raw,echo=0`, `tcp:127.0.0.1:${port}`], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100 && !existsSync(link); i++) await delay(20);
  if (!existsSync(link)) throw new Error('socat did not create the pseudo-terminal');
  return socat;
}

function stopSocat(socat: ChildProcess): Promise<void> {
  if (socat.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    socat.once('exit', () => resolve());
    socat.kill('SIGTERM');
  });
}

describe('the emulator over TCP and a serial port', () => {
  it('`mekong emulate` listens on loopback, prints the socat recipe and stops when asked', async () => {
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
    for (let i = 0; i < 200 && !out.includes('socat'); i++) await delay(10);
    const port = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect(out).toContain(`socat pty,link=/tmp/ttyMekong,raw tcp:127.0.0.1:${port}`);
    const session = await openBoardSession({
      kit: getKit('l298n-2wd'),
      transport: new TcpTransport('127.0.0.1', port),
      clock: wallClock(now),
    });
    expect(session.firmware.name).toBe('MekongFirmata');
    await session.transport.close();
    stop.abort();
    expect(await done).toBe(0);
    await expect(new TcpTransport('127.0.0.1', port).open()).rejects.toMatchObject({
      code: 'PORT_UNAVAILABLE',
    });
    expect(() => parseListen('5760')).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  });

  it('runs a robot through socat and serialport, and reconnects when the port comes back', async () => {
    // No sensor noise, so the distance read at the end is exact (no timed moves here).
    const emulator = emulatorFor('l298n-2wd', { speed: 1, realism: 'ideal' });
    cleanups.push(() => emulator.stop());
    const server = await serveEmulator(emulator, { host: '127.0.0.1', port: 0 });
    cleanups.push(() => server.close());
    const link = join(mkdtempSync(join(tmpdir(), 'mekong-pty-')), 'ttyMekong');
    let socat = await startSocat(link, server.port);
    cleanups.push(() => stopSocat(socat));
    const robot = await connectRobot({
      kit: emulator.robot.kit,
      clock: wallClock(now),
      transport: () => new SerialTransport(link),
      reconnect: { retryMs: 200, available: () => serialPortPresent(link) },
    });
    cleanups.push(() => robot.close());
    expect(robot.session.transport.description).toBe(link);

    // A second client is turned away while the first holds the line.
    const other = new TcpTransport('127.0.0.1', server.port);
    const closed = new Promise((resolve) => other.once('close', resolve));
    await other.open();
    await closed;
    expect(server.clients()).toBe(1);

    robot.drive(60, 60);
    await robot.wait(300);
    expect(emulator.robot.body.powerLeft).toBeCloseTo(60, 0);
    robot.stop();
    await robot.wait(50);

    const lost = new Promise((resolve) => robot.once('disconnect', resolve));
    await stopSocat(socat);
    expect(await lost).toMatchObject({ code: 'DISCONNECTED' });
    await expect(robot.wait(10)).rejects.toMatchObject({ code: 'DISCONNECTED' });

    const back = new Promise((resolve) => robot.once('reconnect', resolve));
    socat = await startSocat(link, server.port);
    await back;
    expect(server.clients()).toBe(2);
    expect(await robot.distance()).toBeCloseTo(400 - emulator.robot.body.x - 12.5, 0);
  });
});
