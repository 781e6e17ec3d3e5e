// `npm run bench [-- --json]`: speed numbers for this machine. Benchmarks live here, never
// in timed unit tests: the machines are shared and noisy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchCli } from './cli-bench.ts';
import { benchSim } from './sim-bench.ts';

type Numbers = Record<string, number | string>;

const optional: [string, string, string][] = [
  ['grading', './grade-bench.ts', 'benchGrade'],
  ['browser app', './app-bench.ts', 'benchApp'],
  ['hardware path', './hardware-bench.ts', 'benchHardware'],
];

const json = process.argv.includes('--json');
const results: Record<string, Numbers> = {};
results.simulator = await benchSim();
results.cli = await benchCli();
for (const [name, file, fn] of optional) {
  if (!existsSync(join(import.meta.dirname, file))) continue;
  const mod = (await import(file)) as Record<string, () => Promise<Numbers>>;
  const bench = mod[fn];
  if (bench) results[name] = await bench();
}
if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  for (const [section, numbers] of Object.entries(results)) {
    process.stdout.write(`\n${section}\n`);
    for (const [key, value] of Object.entries(numbers))
      process.stdout.write(`  ${key.padEnd(64)} ${value}\n`);
  }
}
