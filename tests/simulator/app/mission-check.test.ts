import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { loadLesson } from '../../../cli/runtime/load-lessons.ts';
import { gradeProgram, gradingSeeds, type ProgramGrade } from '../../../lessons/grade.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import { type LessonRun, runLesson } from '../../../lessons/run-lesson.ts';
import { LESSON_RUN_SEED } from '../../../lessons/run-policy.ts';
import { getKit } from '../../../robot/index.ts';
import { checkView } from '../../../simulator/app/lessons/check-view.ts';
import * as checking from '../../../simulator/app/sim/checking.ts';
import { LiveRun } from '../../../simulator/app/sim/live-run.ts';
import { PARSED_BUILTINS } from '../../../simulator/app/sim/parsed-builtins.ts';
import type { CheckReport, RunStatus } from '../../../simulator/app/sim/protocol.ts';
import { lessonRunOptions } from '../../lessons/lesson-run-options.ts';
import { lessonPage, program } from './lesson-page.ts';

/*
 * "Check my mission" in the web app: the worker's LiveRun drives a lesson run frame by
 * frame, then the grader's other seeds (tests/simulator/app/mission-grading.test.ts has those),
 * and the panel words its report. The watched run must agree with `mekong run --lesson`,
 * the whole report with `mekong grade`.
 */
let quickjs: QuickJSWASMModule;
let hello: Lesson;
let avoid: Lesson;
beforeAll(async () => {
  quickjs = await loadQuickJs();
  hello = await loadLesson('01-hello-robot');
  avoid = await loadLesson('05-avoid-obstacles');
});

/** What `mekong run --lesson <id>` finds for `source` (kit: the lesson's first). */
function cliRun(lesson: Lesson, source: string): LessonRun {
  return runLesson(lessonRunOptions(lesson, lesson.kits[0] as string, source, quickjs));
}

/** What `mekong grade` gives `source` (kit: the lesson's first), as the page reports it. */
function cliReport(lesson: Lesson, source: string): CheckReport {
  const kit = getKit(lesson.kits[0] as string);
  const grade: ProgramGrade = gradeProgram(
    { program: 'program.ts', ...program(source) },
    { lesson, kit, quickjs, now: () => performance.now() },
  );
  return { lesson: lesson.id, kit: kit.id, seeds: gradingSeeds(), grade };
}

/** The page's view of a lesson, as it opens it: the lesson's first world, ideal realism. */
function liveRun(lesson: Lesson): LiveRun {
  let clock = 0;
  const live = new LiveRun(lessonPage(lesson), () => clock, PARSED_BUILTINS);
  // Frames 16 or 17 ms apart, like a 60 Hz screen; the clock only moves between frames.
  const tick = live.tick.bind(live);
  live.tick = () => {
    clock += clock % 3 === 0 ? 17 : 16;
    return tick(clock);
  };
  return live;
}

interface Frames {
  report: CheckReport | null;
  reports: number;
  statuses: RunStatus[];
  checkingFrames: number;
  lastTime: number;
}

/** Ticks `max` frames, or until a few frames after the one with a report. */
function frames(live: LiveRun, max: number): Frames {
  const seen: Frames = { report: null, reports: 0, statuses: [], checkingFrames: 0, lastTime: 0 };
  let after = 0;
  for (let i = 0; i < max && after < 3; i++) {
    const frame = live.tick(0);
    if (seen.report) after++;
    if (frame.checking) seen.checkingFrames++;
    if (frame.check) {
      seen.report = frame.check;
      seen.reports++;
    }
    seen.lastTime = frame.snapshot.time;
    if (seen.statuses.at(-1) !== frame.status) seen.statuses.push(frame.status);
  }
  return seen;
}

describe('LiveRun#check: the mission checked as the robot is seen driving', () => {
  it('gives the result of `mekong grade`, once; the watched run is `mekong run --lesson`’s, then the robot rests', () => {
    const live = liveRun(hello);
    live.speed = 4;
    live.check(hello, hello.kits[0] as string, program(hello.solution), quickjs, checking);
    const seen = frames(live, 5000);
    const cli = cliRun(hello, hello.solution);
    expect(cli.passed).toBe(true);
    expect(seen.reports).toBe(1);
    expect(seen.report).toEqual(cliReport(hello, hello.solution));
    expect(seen.report?.grade.runs[0]).toMatchObject({
      seed: LESSON_RUN_SEED,
      passed: true,
      score: cli.score,
      simTimeMs: cli.simTimeMs,
    });
    // Paced: it took many frames, and showed progress on them.
    expect(seen.checkingFrames).toBeGreaterThan(10);
    expect(seen.statuses).toEqual(['running', 'checked']);
    expect(seen.lastTime).toBe(cli.simTimeMs);
  });

  it('a mission complete before the program ends: the same result as the CLI, and the robot stops', () => {
    const live = liveRun(avoid);
    live.speed = 'max';
    live.check(avoid, avoid.kits[0] as string, program(avoid.solution), quickjs, checking);
    const seen = frames(live, 5000);
    const cli = cliRun(avoid, avoid.solution);
    expect(cli.outcome.stoppedBy).toBeNull();
    expect(seen.report?.grade.runs[0]).toMatchObject({
      passed: true,
      score: cli.score,
      simTimeMs: cli.simTimeMs,
    });
    expect(seen.report).toEqual(cliReport(avoid, avoid.solution));
    expect(seen.statuses.at(-1)).toBe('checked');
    const after = live.tick(0).snapshot;
    expect(after.time).toBe(cli.simTimeMs);
    expect(after.robots[0]).toMatchObject({ powerLeft: 0, powerRight: 0 });
  });

  it('a program error is a failed first check with its line, and the status says failed', () => {
    const live = liveRun(hello);
    live.check(
      hello,
      hello.kits[0] as string,
      program('robot.led(true);\nawait robot.wait(100);\nawait robot.bep(440, 100);\n'),
      quickjs,
      checking,
    );
    const seen = frames(live, 30);
    expect(seen.statuses.at(-1)).toBe('failed');
    expect(seen.report?.grade.passed).toBe(false);
    // The watched run failed: grading gives up, as `mekong grade` does.
    expect(seen.report?.grade.runs.map((r) => r.ran)).toEqual([true, false, false, false, false]);
    expect(seen.report?.grade.checks[0]).toMatchObject({
      id: 'program',
      passed: false,
      reason: { key: 'programError', error: { line: 3 } },
    });
  });

  it('Stop ends a check with no result, and the robot stands still', () => {
    const live = liveRun(avoid);
    live.check(avoid, avoid.kits[0] as string, program(avoid.solution), quickjs, checking);
    const before = frames(live, 20);
    expect(before.statuses).toEqual(['running']);
    live.stop();
    const after = frames(live, 20);
    expect(after.statuses).toEqual(['stopped']);
    expect(after.reports).toBe(0);
    expect(after.checkingFrames).toBe(0);
    const still = live.tick(0).snapshot;
    expect(still.time).toBe(after.lastTime);
    expect(still.robots[0]).toMatchObject({ powerLeft: 0, powerRight: 0 });
  });

  it('a check never pauses for Step, and a Run started over it replaces it', () => {
    const live = liveRun(avoid);
    live.check(avoid, avoid.kits[0] as string, program(avoid.solution), quickjs, checking);
    live.step();
    expect(frames(live, 10).statuses).toEqual(['running']);
    live.run(program('await robot.forward(5);\n'), false, quickjs);
    const seen = frames(live, 100);
    expect(seen.reports).toBe(0);
    expect(seen.statuses.at(-1)).toBe('done');
  });
});

describe('checkView: the report in the student’s words', () => {
  it('the starter: "Not yet", each check with its reason, and the hint where it failed', () => {
    const report = cliReport(hello, hello.starter.en);
    const en = checkView(report, hello.names, 'en');
    expect(en.passed).toBe(false);
    expect(en.headline).toBe('Not yet');
    expect(en.runs).toBe(
      'The teacher’s grading tries your program on 5 classroom robots, and it must pass on every one. Fix this first try, then check again.',
    );
    const failed = en.rows.filter((r) => !r.passed);
    expect(failed.length).toBeGreaterThan(0);
    expect(en.summary).toBe(
      `Score ${report.grade.score}/100 · ${en.rows.length - failed.length} of ${en.rows.length} checks passed`,
    );
    const lights = en.rows.find((r) => r.id === 'light-and-sound');
    expect(lights).toMatchObject({ passed: false, line: undefined });
    expect(lights?.hint).toBe(hello.checks[0]?.hint?.en);
    expect(lights?.reason).not.toMatch(/\{\w+\}/);
    for (const row of en.rows.filter((r) => r.passed)) expect(row.hint).toBeUndefined();

    const vi = checkView(report, hello.names, 'vi');
    expect(vi.headline).toBe('Chưa xong');
    expect(vi.rows.find((r) => r.id === 'light-and-sound')?.hint).toBe(hello.checks[0]?.hint?.vi);
    expect(vi.rows[0]?.reason).not.toBe(en.rows[0]?.reason);
  });

  it('the solution: "Mission complete on 5 of 5 runs!" with full marks, in Lao too', () => {
    const report = cliReport(hello, hello.solution);
    const en = checkView(report, hello.names, 'en');
    expect(en).toMatchObject({ passed: true, headline: 'Mission complete on 5 of 5 runs!' });
    expect(en.runs).toMatch(/^Each of the 5 runs had a slightly different classroom robot/);
    expect(en.summary).toBe('Score 100/100 · 2 of 2 checks passed');
    expect(en.rows.every((r) => r.passed && r.hint === undefined)).toBe(true);
    expect(en.rows.every((r) => r.reason.endsWith('(passed in 5 runs)'))).toBe(true);
    expect(checkView(report, hello.names, 'lo').headline).toBe('ສຳເລັດພາລະກິດ 5 ໃນ 5 ຮອບ!');
  });

  it('a program error: the error’s translated message and its line, before the checks', () => {
    const report = cliReport(hello, 'robot.led(true);\n\nawait robot.bep(440, 100);\n');
    const en = checkView(report, hello.names, 'en');
    expect(en.rows[0]).toMatchObject({ id: 'program', passed: false, line: 3 });
    expect(en.rows[0]?.reason).toContain('bep');
    const vi = checkView(report, hello.names, 'vi');
    expect(vi.rows[0]?.reason).toMatch(/^Chương trình bị lỗi: /);
    expect(en.rows.map((r) => r.id)).toEqual(['program', ...hello.checks.map((c) => c.id)]);
  });

  it('marks a check that only adds to the score', () => {
    const report = cliReport(hello, hello.starter.en);
    const optional = {
      ...report,
      grade: {
        ...report.grade,
        checks: report.grade.checks.map((c, i) => (i === 0 ? { ...c, required: false } : c)),
      },
    };
    expect(checkView(optional, hello.names, 'en').rows[0]?.required).toBe(false);
  });
});
