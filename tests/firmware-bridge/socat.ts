/** socat pseudo-terminals in front of an emulated board: a serial port path for tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { SOCAT_LINK } from '../../firmware-bridge/emulator/tcp-server.ts';

/** A pseudo-terminal path of the test's own (the recipe's /tmp/ttyMekong may be in use). */
export const freshLink = (name = 'ttyMekong') =>
  join(mkdtempSync(join(tmpdir(), 'mekong-pty-')), name);

/**
 * Runs a socat recipe ("socat pty,link=…,… tcp:…") with its link moved to `link`.
 * `untilOpened`: socat connects (and so resets the emulated board) only once a program has
 * opened the port, as opening a real Uno's port resets it; the board's greeting then
 * reaches the program (otherwise johnny-five waits 5 s before asking for it). socat then
 * ends when the program closes the port.
 */
export async function startSocat(
  recipe: string,
  link: string,
  { untilOpened = false } = {},
): Promise<ChildProcess> {
  const [command, pty, tcp] = recipe.split(' ') as [string, string, string];
  expect(command).toBe('socat');
  const wait = untilOpened ? ',wait-slave,pty-interval=0.01' : '';
  const args = [pty.replace(`link=${SOCAT_LINK}`, `link=${link}`) + wait, tcp];
  const socat = spawn('socat', args, { stdio: 'ignore' });
  await vi.waitFor(() => expect(existsSync(link)).toBe(true), { timeout: 5000, interval: 20 });
  return socat;
}

export function stopSocat(socat: ChildProcess): Promise<void> {
  if (socat.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    socat.once('exit', () => resolve());
    socat.kill('SIGTERM');
  });
}
