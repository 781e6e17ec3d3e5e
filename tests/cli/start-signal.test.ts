import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHILD = join(import.meta.dirname, 'fixtures', 'start-site.js');
const site = mkdtempSync(join(tmpdir(), 'mekong-start-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mekong</title>');

const open: (ChildProcess | Socket)[] = [];
afterEach(() => {
  for (const thing of open.splice(0))
    thing instanceof Socket ? thing.destroy() : thing.kill('SIGKILL');
});

/** The port `mekong start` prints once it listens (its stdout stays open: it prints more). */
function startedPort(child: ChildProcess): Promise<number> {
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const port = /ready: http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (port) resolve(Number(port));
    });
    child.once('exit', () => reject(new Error(`mekong start printed no address: ${out}`)));
  });
}

async function socket(port: number): Promise<Socket> {
  const s = connect(port, '127.0.0.1');
  open.push(s);
  s.on('error', () => {});
  await once(s, 'connect');
  return s;
}

describe('mekong start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`exits with 0 within 1 s of ${signal} while browsers hold connections open`, async () => {
      const child = spawn(process.execPath, [CHILD, site], { stdio: ['ignore', 'pipe', 'pipe'] });
      open.push(child);
      const port = await startedPort(child);
      // A keep-alive connection that got its page and stays open, like a browser's…
      const kept = await socket(port);
      kept.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
      await once(kept, 'data');
      // …and a half-sent request, like a client that stalled.
      const half = await socket(port);
      half.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      const sent = performance.now();
      child.kill(signal);
      // Only a bound for a server that hangs: the test waits for the exit itself.
      const hung = setTimeout(() => child.kill('SIGKILL'), 3000);
      const [code, killedBy] = await exited;
      clearTimeout(hung);
      expect(performance.now() - sent).toBeLessThan(1000);
      expect(killedBy).toBeNull();
      expect(code).toBe(0);
    });
  }
});
