import { main } from '../../cli/main.ts';

/** Runs `mekong <argv>` in-process; returns exit code and what it printed. */
export async function mekong(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
