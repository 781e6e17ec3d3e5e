/**
 * A TCP client that sends far faster than the serial line: the emulated line keeps at most
 * HOST_QUEUE_LIMIT_BYTES for the board (a real adapter's buffer), drops the rest, and the
 * board answers as soon as the flood ends.
 */
import { connect, type Socket } from 'node:net';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  HOST_QUEUE_LIMIT_BYTES,
  serveEmulator,
} from '../../../firmware-bridge/emulator/tcp-server.ts';
import { emulatorFor } from '../helpers.ts';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const includes = (haystack: number[], needle: number[]) =>
  haystack.some((_, i) => needle.every((b, j) => haystack[i + j] === b));

describe('the emulator over TCP under a flood', () => {
  it('holds at most HOST_QUEUE_LIMIT_BYTES of a 10 MB flood and answers right after it', async () => {
    const emulator = emulatorFor('l298n-2wd', { speed: 1 });
    onTestFinished(() => emulator.stop());
    const server = await serveEmulator(emulator, { host: '127.0.0.1', port: 0 });
    onTestFinished(() => server.close());
    // The queue as each chunk the server reads is handed to the board.
    let maxQueued = 0;
    let accepted = 0;
    const { robot } = emulator;
    const send = robot.sendFromHost.bind(robot);
    robot.sendFromHost = (bytes) => {
      send(bytes);
      accepted += (bytes as Buffer).length;
      maxQueued = Math.max(maxQueued, robot.pendingHostBytes);
    };

    const heard: number[] = [];
    const socket: Socket = await new Promise((resolve) => {
      const s = connect(server.port, '127.0.0.1', () => resolve(s));
    });
    onTestFinished(() => void socket.destroy());
    socket.on('data', (data) => heard.push(...data));
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(3), { timeout: 10_000 });

    // 10 MB of heartbeats (harmless if cut anywhere) in about a second.
    const chunk = Buffer.alloc(65_535, Buffer.from([0xf0, 0x04, 0xf7]));
    let sent = 0;
    while (sent < 10_000_000) {
      if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
      sent += chunk.length;
      if (sent % (chunk.length * 16) === 0) await delay(60);
    }
    // Every byte sent has been read: handed to the board or dropped.
    await vi.waitFor(() => expect(accepted + server.droppedBytes()).toBe(sent), {
      timeout: 20_000,
    });
    expect(maxQueued).toBeLessThanOrEqual(HOST_QUEUE_LIMIT_BYTES);
    expect(server.droppedBytes()).toBeGreaterThan(9_000_000);

    // The board still answers: a heartbeat with a token comes back (a cut message ahead of
    // it is dropped at the next command byte).
    heard.length = 0;
    socket.write(Buffer.from([0xf0, 0x04, 0x2a, 0xf7]));
    await vi.waitFor(() => expect(includes(heard, [0xf0, 0x04, 0x2a, 0xf7])).toBe(true), {
      timeout: 5000,
    });
  }, 60_000);
});
