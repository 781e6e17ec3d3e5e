import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';

/** Runs `mekong <argv>` in-process; returns exit code and what it printed. */
export function mekong(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return mekongOn({}, ...argv);
}

/** `mekong` with stderr a terminal (`tty`), where progress bars redraw their line. */
export async function mekongOn(
  options: { tty?: boolean },
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: {
      write: (text: string) => (stderr += text),
      ...(options.tty === undefined ? {} : { isTTY: options.tty }),
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder and a writer of files in it (returns the file's path). */
export function scratch(prefix: string): { dir: string; file(name: string, text: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}
