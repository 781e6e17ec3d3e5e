/**
 * `mekong emulate` as its own process: it ends on SIGTERM and SIGINT within a second,
 * closing its connections, even while a client that was turned away (the line was taken)
 * still holds a socket with unread bytes in it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const MEKONG = join(import.meta.dirname, '../../cli/mekong.js');
const children: ChildProcess[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `mekong emulate` on a free loopback port; resolves with its port once it listens. */
async function startEmulate(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [MEKONG, 'emulate', '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (data) => {
      out += data;
      const match = /tcp:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`mekong emulate exited (${code}): ${out}`)));
  });
  return { child, port };
}

function client(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    sockets.push(socket);
  });
}

/** How long the child took to exit after `signal`, ms; Infinity when it is still running after 3 s. */
function exitAfter(child: ChildProcess, signal: NodeJS.Signals): Promise<number> {
  return new Promise((resolve) => {
    const sent = performance.now();
    const giveUp = setTimeout(() => resolve(Number.POSITIVE_INFINITY), 3000);
    child.once('exit', () => {
      clearTimeout(giveUp);
      resolve(performance.now() - sent);
    });
    child.kill(signal);
  });
}

describe('mekong emulate as a process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`exits within 1 s on ${signal} while a turned-away client holds a socket open`, async () => {
      const { child, port } = await startEmulate();
      const served = await client(port);
      const firstBytes = new Promise((resolve) => served.once('data', resolve));
      const turnedAway = await client(port);
      turnedAway.write(Buffer.from([0xf9, 0xf0, 0x79, 0xf7]));
      await firstBytes;
      const ms = await exitAfter(child, signal);
      expect(ms).toBeLessThan(1000);
      expect(child.exitCode).toBe(0);
      await new Promise((resolve) =>
        served.destroyed ? resolve(null) : served.once('close', resolve),
      );
    }, 20_000);
  }
});
