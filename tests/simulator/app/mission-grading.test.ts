import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { loadLesson } from '../../../cli/runtime/load-lessons.ts';
import { gradeProgram, gradingSeeds } from '../../../lessons/grade.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import { LESSON_RUN_SEED } from '../../../lessons/run-policy.ts';
import { getKit } from '../../../robot/index.ts';
import { checkView } from '../../../simulator/app/lessons/check-view.ts';
import * as checking from '../../../simulator/app/sim/checking.ts';
import { LiveRun } from '../../../simulator/app/sim/live-run.ts';
import { PARSED_BUILTINS } from '../../../simulator/app/sim/parsed-builtins.ts';
import type { CheckReport, RunStatus, Tries } from '../../../simulator/app/sim/protocol.ts';
import { lessonPage, program } from './lesson-page.ts';

/*
 * "Check my mission" after the watched run: the worker makes the runs `mekong grade` makes
 * on its other seeds, headless, a slice per frame, and the page must say what the teacher's
 * grading will say. Lesson 4 has two halls that take turns by seed, so a program with a
 * distance written in passes run 1 (the long hall) and fails run 2 (the short one).
 */
let quickjs: QuickJSWASMModule;
let wall: Lesson;
beforeAll(async () => {
  quickjs = await loadQuickJs();
  wall = await loadLesson('04-stop-at-wall');
});

/** Drives the right distance for the long hall only. */
const LUCKY = 'await robot.forward(112);\n';

/** The solution, except that in the short hall it loops without ever waiting for the robot. */
const LOOPS_IN_SHORT_HALL = `const d = await robot.distance();
if (d < 110) {
  while (true) {}
}
robot.drive(60, 60);
let e = await robot.distance();
while (e > 18) e = await robot.distance();
robot.stop();
`;

/**
 * The page's world for the lesson, with frames 16 ms of page time apart. Its clock is the
 * wall clock (the sandbox's runaway-loop budget is wall time), or with 'counted' one that
 * moves 1 ms each time it is read: how much a frame does then depends on no real time.
 */
function liveRun(lesson: Lesson, clock: Clock = 'wall'): LiveRun {
  let page = 0;
  let reads = 0;
  const live = new LiveRun(
    lessonPage(lesson),
    clock === 'wall' ? () => performance.now() : () => ++reads,
    PARSED_BUILTINS,
  );
  const tick = live.tick.bind(live);
  live.tick = () => {
    page += 16;
    return tick(page);
  };
  return live;
}

type Clock = 'wall' | 'counted';

interface Seen {
  report: CheckReport | null;
  reports: number;
  statuses: RunStatus[];
  tries: Tries[];
  /** Robot time on screen in the frames that showed tries. */
  timesWhileTrying: number[];
}

/** Ticks until `stopWhen` says so, a few frames after a report, or `max` frames. */
function frames(live: LiveRun, max: number, stopWhen: (seen: Seen) => boolean = () => false) {
  const seen: Seen = { report: null, reports: 0, statuses: [], tries: [], timesWhileTrying: [] };
  let after = 0;
  for (let i = 0; i < max && after < 3 && !stopWhen(seen); i++) {
    const frame = live.tick(0);
    if (seen.report) after++;
    if (frame.tries) {
      expect(frame.checking).toBe(true);
      seen.tries.push(frame.tries);
      seen.timesWhileTrying.push(frame.snapshot.time);
    }
    if (frame.check) {
      seen.report = frame.check;
      seen.reports++;
    }
    if (seen.statuses.at(-1) !== frame.status) seen.statuses.push(frame.status);
  }
  return seen;
}

function check(lesson: Lesson, source: string, clock: Clock = 'wall'): Seen {
  const live = liveRun(lesson, clock);
  live.speed = 'max';
  live.check(lesson, lesson.kits[0] as string, program(source), quickjs, checking);
  const seen = frames(live, 20_000);
  live.dispose();
  return seen;
}

function teacherGrade(lesson: Lesson, source: string) {
  return gradeProgram(
    { program: 'program.ts', ...program(source) },
    { lesson, kit: getKit(lesson.kits[0] as string), quickjs, now: () => performance.now() },
  );
}

describe('a mission check grades as `mekong grade` does', () => {
  it('on the grader’s seeds, the watched run first', () => {
    expect(gradingSeeds()).toEqual([1, 2, 3, 4, 5]);
    expect(gradingSeeds()[0]).toBe(LESSON_RUN_SEED);
  });

  const cases: [string, () => string, boolean[]][] = [
    ['the reference solution', () => wall.solution, [true, true, true, true, true]],
    ['the starter', () => wall.starter.en, [false]],
    ['a distance written in', () => LUCKY, [true, false]],
    ['a loop that never waits, on run 2 only', () => LOOPS_IN_SHORT_HALL, [true, false]],
  ];
  it.each(cases)('%s: the same grade, run for run', (_, source, passes) => {
    const seen = check(wall, source());
    const grade = teacherGrade(wall, source());
    expect(seen.reports).toBe(1);
    expect(seen.report).toEqual({
      lesson: wall.id,
      kit: wall.kits[0],
      seeds: gradingSeeds(),
      grade,
    });
    expect(grade.runs.filter((r) => r.ran).map((r) => r.passed)).toEqual(passes);
    // Running (for as many frames as this machine needs: a warm one checks a starter that
    // fails at once within the first frame), then checked, and nothing else.
    expect(seen.statuses.filter((status) => status !== 'running')).toEqual(['checked']);
  });

  it('a loop that never waits is stopped by the sandbox’s budget and fails that run', () => {
    const seen = check(wall, LOOPS_IN_SHORT_HALL);
    const run2 = seen.report?.grade.runs[1];
    expect(run2).toMatchObject({ seed: 2, ran: true, passed: false, error: 'NEVER_WAITS' });
    expect(seen.report?.grade.checks[0]).toMatchObject({ id: 'program', passed: false, seed: 2 });
    // The watched run passed: the check is over, not failed.
    expect(seen.statuses.filter((status) => status !== 'running')).toEqual(['checked']);
  });

  it('shows its progress while the robot on screen rests', () => {
    const seen = check(wall, wall.solution, 'counted');
    expect(seen.tries.length).toBeGreaterThan(3);
    expect(seen.tries.every((t) => t.total === 4)).toBe(true);
    const done = seen.tries.map((t) => t.done);
    expect(done[0]).toBe(0);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done)).toEqual(new Set([0, 1, 2, 3]));
    expect(new Set(seen.timesWhileTrying).size).toBe(1);
  });
});

describe('Stop and Run end the runs after the watched one, with no result', () => {
  function startTrying(): LiveRun {
    const live = liveRun(wall, 'counted');
    live.speed = 'max';
    // Long runs after the first: the short hall waits out the time limit.
    const slow = `const d = await robot.distance();
if (d < 110) {
  while (true) { for (let i = 0; i < 2000; i++) {} await robot.wait(1); }
}
robot.drive(60, 60);
let e = await robot.distance();
while (e > 18) e = await robot.distance();
robot.stop();
`;
    live.check(wall, wall.kits[0] as string, program(slow), quickjs, checking);
    const seen = frames(live, 5000, (s) => s.tries.length >= 3);
    expect(seen.tries.at(-1)).toEqual({ done: 0, total: 4 });
    expect(seen.statuses).toEqual(['running']);
    return live;
  }

  it('Stop: the status is stopped, no report ever comes, and the check is no longer shown', () => {
    const live = startTrying();
    live.stop();
    const after = frames(live, 200);
    expect(after.statuses).toEqual(['stopped']);
    expect(after.reports).toBe(0);
    expect(after.tries).toEqual([]);
    expect(live.tick(0).checking).toBe(false);
  });

  it('Run: the new program runs, and no report ever comes', () => {
    const live = startTrying();
    live.run(program('await robot.forward(5);\n'), false, quickjs);
    const after = frames(live, 200);
    expect(after.reports).toBe(0);
    expect(after.tries).toEqual([]);
    expect(after.statuses.at(-1)).toBe('done');
  });
});

describe('checkView of a grade with several runs', () => {
  const report = (source: string): CheckReport => ({
    lesson: wall.id,
    kit: wall.kits[0] as string,
    seeds: gradingSeeds(),
    grade: teacherGrade(wall, source),
  });

  it('a run after the watched one failed: "Not yet", which run failed and why, and the hint', () => {
    const en = checkView(report(LUCKY), wall.names, 'en');
    expect(en.passed).toBe(false);
    expect(en.headline).toBe('Not yet');
    expect(en.runs).toMatch(
      /^Passed the first 1 of 5 runs, then the next one failed \(see below\)\. The teacher’s grading needs all 5 to pass\. Make it robust: /,
    );
    expect(en.rows).toHaveLength(1);
    expect(en.rows[0]).toMatchObject({ id: 'stop-near-wall', passed: false });
    expect(en.rows[0]?.reason).toMatch(/^Run 2: Touched a wall/);
    expect(en.rows[0]?.hint).toBe(wall.checks[0]?.hint?.en);
    const vi = checkView(report(LUCKY), wall.names, 'vi');
    expect(vi.runs).toMatch(/^Đạt 1 lần chạy đầu trong 5 lần/);
    expect(vi.rows[0]?.reason).toMatch(/^Lần chạy 2: /);
    const lo = checkView(report(LUCKY), wall.names, 'lo');
    expect(lo.rows[0]?.reason).toMatch(/^ຮອບທີ 2: /);
    expect(lo.runs).not.toBe(en.runs);
  });

  it('a program error on a later run: its row names the run and keeps the error’s line', () => {
    const en = checkView(report(LOOPS_IN_SHORT_HALL), wall.names, 'en');
    expect(en.rows[0]).toMatchObject({ id: 'program', passed: false });
    expect(en.rows[0]?.line).toBeGreaterThan(0);
    expect(en.rows[0]?.reason).toMatch(/^Run 2: The program failed: .*500 ms without waiting/);
    // The robot never drove in that run: the mission failed there too.
    expect(en.rows[1]).toMatchObject({ id: 'stop-near-wall', passed: false });
    expect(en.rows[1]?.reason).toMatch(/^Run 2: /);
  });
});
