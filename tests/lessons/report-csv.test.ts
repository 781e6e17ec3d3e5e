import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import type { ProgramGrade } from '../../lessons/grade.ts';
import { gradesCsv } from '../../lessons/report-csv.ts';

function grade(program: string): ProgramGrade {
  return { program, passed: false, score: 0, checks: [], runs: [] };
}

describe('the CSV grade report', () => {
  it('neutralises cells a spreadsheet would compute, and shows control characters', async () => {
    const lesson = await loadLesson('01-hello-robot');
    const names = [
      '=HYPERLINK("http://x","y").ts',
      '+1.ts',
      '-2.ts',
      '@sum.ts',
      'a\u001b]0;x\u0007.ts',
    ];
    const csv = gradesCsv(lesson, names.map(grade), 1, 'en');
    const programs = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(programs).toEqual([
      `"'=HYPERLINK(""http://x""`,
      "'+1.ts",
      "'-2.ts",
      "'@sum.ts",
      'a␛]0;x␇.ts',
    ]);
    const controls = [...csv].filter((char) => char < ' ' && !'\r\n'.includes(char));
    expect(controls).toEqual([]);
  });

  it('leaves numbers and ordinary names as they are', async () => {
    const lesson = await loadLesson('01-hello-robot');
    const line = gradesCsv(lesson, [grade('an.ts')], 1, 'en')
      .slice(1)
      .split('\r\n')[1];
    expect(line?.startsWith('an.ts,false,0,')).toBe(true);
  });
});
