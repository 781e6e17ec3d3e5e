import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { gradeProgram, lapTimeMs, summarizeClass } from '../../lessons/grade.ts';
import { gradesCsv } from '../../lessons/report-csv.ts';
import { gradesHtml } from '../../lessons/report-html.ts';
import { getKit } from '../../robot/index.ts';

/*
 * Races rank (issue 13): lesson 7 gives each program's lap time as a field of its grade
 * (--json, the CSV and the HTML report), and within the pass a faster lap scores higher,
 * so a teacher can sort the class. One seed each: the lap of the world students see.
 */
const race = await loadLesson('07-line-race');
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

function grade(program: string, source: string) {
  return gradeProgram(
    { program, source, language: 'ts', fileName: program },
    { lesson: race, kit: getKit('l298n-2wd'), seeds: [1], quickjs, now: () => performance.now() },
  );
}

describe('a race', () => {
  it('gives the lap time; the faster lap scores higher; the reports show it, fastest first', () => {
    const slow = grade('slow.ts', race.starter.en);
    const fast = grade('fast.ts', race.solution);
    const parked = grade('parked.ts', 'robot.stop();\n');
    const slowMs = lapTimeMs(race, slow) as number;
    const fastMs = lapTimeMs(race, fast) as number;
    expect(slow.passed && fast.passed).toBe(true);
    expect(fastMs).toBeLessThan(slowMs);
    expect(fast.score).toBeGreaterThan(slow.score);
    expect(lapTimeMs(race, parked)).toBeNull();

    const grades = [slow, parked, fast];
    const rows = gradesCsv(race, grades, 1, 'en').slice(1).trim().split('\r\n');
    expect(rows[0]?.split(',').slice(0, 4)).toEqual(['program', 'passed', 'score', 'lap time s']);
    expect(rows[1]?.split(',')[3]).toBe((slowMs / 1000).toFixed(1));
    expect(rows[2]?.split(',')[3]).toBe('');
    expect(rows[3]?.split(',')[3]).toBe((fastMs / 1000).toFixed(1));

    const html = gradesHtml({
      lesson: race,
      kit: 'l298n-2wd',
      seeds: [1],
      grades,
      summary: summarizeClass(race, grades),
      lang: 'vi',
      generatedAt: 'now',
      fontFaces: '',
    });
    expect(html).toContain('<th>Thời gian một vòng</th>');
    const order = [...html.matchAll(/<tr><td>(\w+\.ts)<\/td>/g)].map((m) => m[1]);
    expect(order).toEqual(['fast.ts', 'slow.ts', 'parked.ts']);
    expect(html).toContain(`<td class="num">${(fastMs / 1000).toFixed(1)} giây</td>`);
  });

  it('is the only kind of lesson with a lap time', async () => {
    const lesson = await loadLesson('04-stop-at-wall');
    const some = { program: 'a.ts', passed: false, score: 0, checks: [], runs: [] };
    expect(lapTimeMs(lesson, some)).toBeUndefined();
    expect(gradesCsv(lesson, [some], 1, 'en')).not.toContain('lap time');
  });
});
