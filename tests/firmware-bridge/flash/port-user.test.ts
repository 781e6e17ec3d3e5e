import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { portUser } from '../../../firmware-bridge/flash/port-user.ts';

it('names the process that holds the port open, from /proc/<pid>/fd links', async () => {
  const root = mkdtempSync(join(tmpdir(), 'proc-'));
  const device = join(root, 'ttyUSB0');
  writeFileSync(device, '');
  for (const [pid, comm, target] of [
    ['17', 'bash', join(root, 'elsewhere')],
    ['4242', 'arduino', device],
  ] as const) {
    mkdirSync(join(root, pid, 'fd'), { recursive: true });
    writeFileSync(join(root, pid, 'comm'), `${comm}\n`);
    symlinkSync(target, join(root, pid, 'fd', '3'));
  }
  expect(await portUser(device, root)).toBe('arduino (pid 4242)');
  expect(await portUser(join(root, 'ttyUSB1'), root)).toBeNull();
  expect(await portUser(device, join(root, 'no-proc'))).toBeNull();
});
