import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS_DIR } from '../../cli/runtime/load-lessons.ts';
import { mekong } from '../cli/cli-harness.ts';

/**
 * Issue 19: a class folder with one program of each kind that grew the host, among 10
 * good ones. Before, `mekong grade` died of "JavaScript heap out of memory" after minutes,
 * every grade lost and no report. Each hostile program must fail with its own reason,
 * each good one keep its grade, and the report be written.
 */
const HOSTILE: Record<string, { source: string; codes: string[] }> = {
  'refused-forward.js': {
    source: 'while (true) { try { await robot.forward("a"); } catch (e) {} }',
    codes: ['NEVER_WAITS'],
  },
  'refused-wait.js': {
    source: 'while (true) { try { await robot.wait(-5); } catch (e) {} }',
    codes: ['NEVER_WAITS'],
  },
  // 20 000 changes per slice: the changes' limit, or the time budget on a busy machine.
  'led-flood.js': {
    source:
      'while (true) { for (let i = 0; i < 20000; i++) robot.led(i % 2 === 0); await robot.wait(1); }',
    codes: ['TOO_MANY_CHANGES', 'NEVER_WAITS'],
  },
  'drive-flood.js': {
    source:
      'while (true) { for (let i = 0; i < 20000; i++) robot.drive(i % 2 ? 50 : 0, 50); await robot.wait(1); }',
    codes: ['TOO_MANY_CHANGES', 'NEVER_WAITS'],
  },
  'print-flood.js': {
    source:
      "while (true) { for (let i = 0; i < 100; i++) console.log('x'.repeat(1900)); await robot.wait(1); }",
    codes: ['TOO_MUCH_OUTPUT', 'NEVER_WAITS'],
  },
};

describe('mekong grade on a class with hostile programs', () => {
  it('grades every program, keeps every good grade and writes the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mekong-hostile-class-'));
    const classDir = join(dir, 'class');
    mkdirSync(classDir);
    const solution = readFileSync(join(BUILTIN_LESSONS_DIR, '04-stop-at-wall', 'solution.ts'));
    for (let i = 0; i < 10; i++) writeFileSync(join(classDir, `good${i}.ts`), solution);
    for (const [name, { source }] of Object.entries(HOSTILE)) {
      writeFileSync(join(classDir, name), `${source}\n`);
    }
    const report = join(dir, 'report.csv');
    const { code, stdout } = await mekong('grade', '4', classDir, '--json', '--report', report);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const results = new Map<
      string,
      { passed: boolean; score: number; checks: { reason: string }[] }
    >(json.results.map((r: { program: string }) => [r.program.split('/').pop(), r]));
    expect(results.size).toBe(15);
    for (let i = 0; i < 10; i++)
      expect(results.get(`good${i}.ts`)).toMatchObject({ passed: true, score: 100 });
    const csv = readFileSync(report, 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(16);
    for (const [name, { codes }] of Object.entries(HOSTILE)) {
      const result = results.get(name);
      expect(result).toMatchObject({ passed: false, score: 0 });
      // The reason is the program's own error, in words (JSON carries the text).
      const row = csv.find((line) => line.includes(name)) ?? '';
      expect(row).toMatch(/^.*,false,0,false,/);
      expect(codes.some((c) => REASONS[c]?.test(result?.checks[0]?.reason ?? ''))).toBe(true);
    }
  }, 300_000);
});

/** How each code's message begins in English. */
const REASONS: Record<string, RegExp> = {
  NEVER_WAITS: /ran for 500 ms without waiting for the robot/,
  TOO_MANY_CHANGES: /changed the motors, LED, buzzer or servo more than/,
  TOO_MUCH_OUTPUT: /printed more than 10000 lines/,
};
