/**
 * Which program holds a serial port open, to name it in FLASH_PORT_BUSY. Linux only (every
 * process's open files are links under /proc/<pid>/fd); elsewhere, and when /proc cannot be
 * read, the answer is null and the message says "another program".
 */
import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';

/** "arduino (pid 4242)" for the first process with `devicePath` open, or null. */
export async function portUser(devicePath: string, procRoot = '/proc'): Promise<string | null> {
  const device = await realpath(devicePath).catch(() => devicePath);
  const pids = (await readdir(procRoot).catch(() => [] as string[])).filter((p) => /^\d+$/.test(p));
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    const fdDir = join(procRoot, pid, 'fd');
    const fds = await readdir(fdDir).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(join(fdDir, fd)).catch(() => null);
      if (target !== device) continue;
      const name = (await readFile(join(procRoot, pid, 'comm'), 'utf8').catch(() => '?')).trim();
      return `${name} (pid ${pid})`;
    }
  }
  return null;
}
