import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../cli/mekong.js');

/** Cold start of `mekong --help` (a fresh Node process each time), median of 7. */
export async function benchCli(): Promise<Record<string, number>> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`mekong --help failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return {
    'mekong --help cold start (ms, median of 7)': Math.round(times[3] as number),
    'mekong --help goal (ms)': 300,
  };
}
