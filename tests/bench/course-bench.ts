import { availableParallelism } from 'node:os';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { lessonFolders, loadLesson } from '../../cli/runtime/load-lessons.ts';
import { seedList } from '../../lessons/grade.ts';
import { sweepFixtures } from '../lessons/student-fixtures.ts';

/**
 * The full sweep of the course's student fixtures (tests/lessons/fixtures): every honest
 * program of every lesson graded with 10 seeds on every kit it is meant for, and every blind
 * program that must fail; the unit test (student-programs.test.ts) runs 3 seeds. Reports per
 * lesson how many passed and the wall time, and names every program that broke the promise.
 */
export async function benchCourse(): Promise<Record<string, number | string>> {
  const seeds = seedList(10);
  const quickjs = await loadQuickJs();
  const workers = Math.max(1, availableParallelism() - 1);
  const numbers: Record<string, number | string> = {};
  const broken: string[] = [];
  const started = performance.now();
  for (const folder of await lessonFolders()) {
    const lesson = await loadLesson(folder);
    const t0 = performance.now();
    let honest = 0;
    let honestPassed = 0;
    let blind = 0;
    let blindFailed = 0;
    for (const kitId of lesson.kits) {
      const sweep = await sweepFixtures(lesson, kitId, seeds, quickjs, workers);
      honest += sweep.honest;
      honestPassed += sweep.honest - sweep.honestFailed.length;
      blind += sweep.blind;
      blindFailed += sweep.blind - sweep.blindPassed.length;
      broken.push(
        ...sweep.honestFailed.map((f) => `${kitId} ${f}`),
        ...sweep.blindPassed.map((p) => `${kitId} ${p}: blind, but passed`),
      );
    }
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    numbers[`${folder}: honest passed, blind failed (10 seeds × kits), s`] =
      `${honestPassed}/${honest}, ${blindFailed}/${blind}, ${seconds}`;
  }
  numbers['whole sweep, s'] = ((performance.now() - started) / 1000).toFixed(1);
  numbers['programs that broke the promise'] = broken.length === 0 ? 'none' : broken.join('; ');
  return numbers;
}
