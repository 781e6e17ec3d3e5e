import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import type { CheckResult } from '../../lessons/checks/check-context.ts';
import { describeCause, describeResult } from '../../lessons/checks/describe.ts';
import { runLesson } from '../../lessons/run-lesson.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { lessonRunOptions } from './lesson-run-options.ts';

/*
 * Hints diagnose the program, not the method (issue 13): a failed check says the likely
 * cause in the student's program, read from the program and from what the robot did. Each
 * program here is a mistake students make; the run is the one `mekong run --lesson` makes.
 */
let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await loadQuickJs();
});

async function run(folder: string, source: string, seed = 1) {
  const lesson = await loadLesson(folder);
  const result = runLesson(
    lessonRunOptions(lesson, 'l298n-2wd', source, quickjs, { fileName: 'student.ts', seed }),
  );
  const check = (id: string) => {
    const found = result.checks.find((c) => c.id === id);
    if (!found) throw new Error(`no check ${id}`);
    return found;
  };
  /** Check `id`, which must have failed. */
  const failed = (id: string) => {
    const found = check(id);
    expect(found.passed, id).toBe(false);
    return found;
  };
  /** What the report says of `result` in `lang`. */
  const said = (result: CheckResult, lang: Lang) => describeResult(result, lang, lesson.names);
  return { lesson, result, check, failed, said };
}

describe('the cause of a failed check', () => {
  it('a value read once and never again: says how often and when, in every language', async () => {
    const { failed, said } = await run(
      '04-stop-at-wall',
      'robot.drive(60, 60);\nlet d = await robot.distance();\nwhile (d > 18) {\n  await robot.wait(20);\n}\nrobot.stop();\n',
    );
    const wall = failed('stop-near-wall');
    expect(wall.cause).toMatchObject({ key: 'readOnce', params: { method: 'distance', count: 1 } });
    expect(said(wall, 'en')).toContain('The program read robot.distance() only once, at 0.0 s');
    expect(said(wall, 'vi')).toContain('robot.distance() 1 lần');
    expect(said(wall, 'lo')).toContain('robot.distance() ພຽງ 1 ເທື່ອ');
  });

  it('counts read in plural when there were a few', () => {
    const cause = {
      key: 'readOnce',
      params: { method: 'line', count: 2, time: '1.0' },
    } as const;
    expect(describeCause(cause, 'en')).toContain('only 2 times, the last at 1.0 s');
  });

  it('a sensor never read: the robot drove blind', async () => {
    const { check } = await run(
      '04-stop-at-wall',
      'robot.drive(60, 60);\nawait robot.wait(2500);\nrobot.stop();\n',
      3,
    );
    expect(check('stop-near-wall').cause).toEqual({
      key: 'neverRead',
      params: { method: 'distance' },
    });
  });

  it('a robot call without await: names the call and its line', async () => {
    const { failed, said } = await run(
      '01-hello-robot',
      'robot.led(true);\nrobot.beep(440, 200);\nrobot.led(false);\n',
    );
    const steps = failed('light-and-sound');
    expect(steps.cause).toEqual({ key: 'missingAwait', params: { method: 'beep', line: 2 } });
    expect(said(steps, 'en')).toContain('robot.beep() on line 2 has no "await"');
  });

  it('too slow to finish in time: the robot was still on the line when the time ran out', async () => {
    const { failed } = await run(
      '06-follow-the-line',
      'for (;;) {\n  const seen = await robot.line();\n  if (seen.left && !seen.right) robot.drive(0, 40);\n  else if (seen.right && !seen.left) robot.drive(40, 0);\n  else robot.drive(40, 40);\n}\n',
    );
    expect(failed('follow').cause).toEqual({ key: 'tooSlow', params: { limit: '60.0' } });
  });

  it('turns swapped in a line follower: the robot steered away from the line', async () => {
    const swapped =
      'for (;;) {\n  const seen = await robot.line();\n  if (seen.left && !seen.right) robot.drive(60, 0);\n  else if (seen.right && !seen.left) robot.drive(0, 60);\n  else robot.drive(60, 60);\n}\n';
    for (const folder of ['06-follow-the-line', '07-line-race']) {
      const { result, said } = await run(folder, swapped);
      const failed = result.checks.filter((c) => !c.passed && c.reason.key !== 'needsFirst');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed[0]?.cause).toEqual({ key: 'steersAway', params: {} });
      expect(said(failed[0] as CheckResult, 'vi')).toContain('rẽ ra xa vạch');
    }
    // The same program with its turns the right way round passes: the cause was the swap.
    const { result } = await run(
      '06-follow-the-line',
      swapped
        .replace('drive(60, 0)', 'drive(X)')
        .replace('drive(0, 60)', 'drive(60, 0)')
        .replace('drive(X)', 'drive(0, 60)'),
    );
    expect(result.passed).toBe(true);
    expect(result.checks.filter((c) => c.cause)).toEqual([]);
  });

  it('the wrong way: the robot never came nearer the goal than its start', async () => {
    const { check } = await run(
      '05-avoid-obstacles',
      'await robot.turn(-90);\nrobot.drive(60, 60);\nwhile ((await robot.distance()) > 20) {}\nrobot.stop();\n',
    );
    expect(check('reach-goal').cause).toMatchObject({ key: 'wrongWay', area: 'goal' });
    // The check that waits for the goal says only that: no cause, no hint of its own.
    const bumps = check('no-bumps');
    expect(bumps.reason.key).toBe('needsFirst');
    expect(bumps.cause).toBeUndefined();
    expect(bumps.hint).toBeUndefined();
  });

  it('none for a program that does the mission', async () => {
    const { lesson, result } = await run('04-stop-at-wall', '');
    const solution = await run('04-stop-at-wall', lesson.solution);
    expect(result.checks.some((c) => c.cause)).toBe(true);
    expect(solution.result.passed).toBe(true);
    expect(solution.result.checks.filter((c) => c.cause)).toEqual([]);
  });
});

describe('a program that failed with an error', () => {
  it('that could not be read reports only that error: its checks were not made', async () => {
    const { result } = await run('01-hello-robot', 'robot.led(true\n');
    const [program, ...rest] = result.checks;
    expect(program?.reason.error?.code).toBe('SYNTAX_ERROR');
    expect(rest.length).toBeGreaterThan(0);
    for (const check of rest) {
      expect(check).toMatchObject({ passed: false, score: 0, reason: { key: 'notRun' } });
      expect(check.hint).toBeUndefined();
      expect(check.cause).toBeUndefined();
    }
  });

  it('at run time: the checks say what the robot did, without the method hints', async () => {
    const { result } = await run('01-hello-robot', 'robot.led(true);\nawait robot.forwrd(10);\n');
    expect(result.checks[0]?.reason.error?.code).toBeDefined();
    const failed = result.checks.slice(1).filter((c) => !c.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) {
      expect(check.reason.key).not.toBe('notRun');
      expect(check.hint).toBeUndefined();
    }
  });
});
