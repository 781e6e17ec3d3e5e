// `npm run bench [-- --json] [-- --only <section>]`: speed numbers for this machine. Benchmarks live here, never
// in timed unit tests: the machines are shared and noisy.
import { benchApp } from './app-bench.ts';
import { benchCli } from './cli-bench.ts';
import { benchCompete } from './compete-bench.ts';
import { benchCourse } from './course-bench.ts';
import { benchDownload } from './download-bench.ts';
import { benchFlash } from './flash-bench.ts';
import { benchGrade } from './grade-bench.ts';
import { benchHardStop } from './hard-stop-bench.ts';
import { benchHardware } from './hardware-bench.ts';
import { benchHub } from './hub-bench.ts';
import { benchSim } from './sim-bench.ts';

type Numbers = Record<string, number | string>;

const sections: [string, () => Promise<Numbers>][] = [
  ['simulator', benchSim],
  ['cli', benchCli],
  ['grading', benchGrade],
  ['competitions', benchCompete],
  ['course', benchCourse],
  ['hard stop', benchHardStop],
  ['browser app', benchApp],
  ['first download', benchDownload],
  ['hardware path', benchHardware],
  ['flashing', benchFlash],
  ['hub', benchHub],
];

const json = process.argv.includes('--json');
// `--only simulator` (or any section name) runs just that section.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const results: Record<string, Numbers> = {};
for (const [name, bench] of sections) {
  if (only === undefined || name === only) results[name] = await bench();
}
if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  for (const [section, numbers] of Object.entries(results)) {
    process.stdout.write(`\n${section}\n`);
    for (const [key, value] of Object.entries(numbers)) {
      process.stdout.write(`  ${key.padEnd(64)} ${value}\n`);
    }
  }
}
