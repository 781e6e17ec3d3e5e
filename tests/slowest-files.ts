// A vitest reporter that ends every run with its slowest test files, so a CI log's last lines
// say where the suite's time went (README "Develop" states the suite's time).
import type { Reporter, TestModule } from 'vitest/node';

/** How many files the summary lists. */
const SHOWN = 12;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const timed = modules.map((module) => {
      const d = module.diagnostic();
      return { file: module.moduleId, ms: d.duration + d.collectDuration + d.prepareDuration };
    });
    if (timed.length < 2) return;
    const total = timed.reduce((sum, t) => sum + t.ms, 0);
    const root = process.cwd();
    const lines = timed
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN)
      .map((t) => {
        const share = ((100 * t.ms) / total).toFixed(1).padStart(5);
        const seconds = (t.ms / 1000).toFixed(1).padStart(7);
        return `  ${seconds} s ${share} %  ${t.file.replace(`${root}/`, '')}`;
      });
    const sum = (total / 1000).toFixed(0);
    process.stdout.write(
      `\nSlowest test files (of ${timed.length}; ${sum} s summed over all workers):\n${lines.join('\n')}\n`,
    );
  }
}
