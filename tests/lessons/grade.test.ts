import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { gradeClass } from '../../cli/runtime/grade-pool.ts';
import { startGradeWorker } from '../../cli/runtime/grade-threads.js';
import { loadLesson } from '../../cli/runtime/load-lessons.ts';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import {
  gradeProgram,
  type ProgramGrade,
  type ProgramSource,
  summarizeClass,
} from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { getKit } from '../../robot/index.ts';

let quickjs: QuickJSWASMModule;
let lesson: Lesson;
beforeAll(async () => {
  quickjs = await loadQuickJs();
  lesson = await loadLesson('04-stop-at-wall');
});

const now = () => performance.now();

/** Lesson 04 on the l298n-2wd kit, graded with `seeds` (the programs and threads differ). */
function classOf(seeds: number[]) {
  return { lesson, kit: getKit('l298n-2wd'), seeds, quickjs, now };
}

function program(name: string, source: string): ProgramSource {
  return {
    program: `class/${name}`,
    source,
    language: name.endsWith('.js') ? 'js' : 'ts',
    fileName: name,
  };
}

/** A class with good programs, a starter, and hostile or broken ones between them. */
function hostileClass(): ProgramSource[] {
  return [
    program('anh.ts', lesson.solution),
    program('loop.ts', 'while (true) {}\n'),
    program('escape.ts', "const fs = require('fs');\nfs.writeFileSync('/tmp/pwned', 'x');\n"),
    program('exit.js', 'process.exit(0);\n'),
    program('syntax.ts', 'robot.drive(60, 60\nawait robot.wait(100);\n'),
    program('deep.ts', 'function down(n: number): number { return down(n + 1) + 1; }\ndown(0);\n'),
    program('binh.ts', lesson.starter.en),
    program('chi.ts', lesson.solution.replace('d > 18', 'd > 16')),
  ];
}

function byName(grades: readonly ProgramGrade[], name: string): ProgramGrade {
  return grades.find((g) => g.program === `class/${name}`) as ProgramGrade;
}

describe('grading a class', () => {
  it('reports hostile and broken programs as failed with their reason, and grades every other one', async () => {
    const graded: string[] = [];
    const grades = await gradeClass({
      ...classOf([1, 2, 3, 4, 5]),
      programs: hostileClass(),
      onGraded: (g) => graded.push(g.program),
    });
    expect(grades.map((g) => g.program)).toEqual(hostileClass().map((p) => p.program));
    expect(graded).toHaveLength(8);
    for (const name of ['anh.ts', 'chi.ts']) {
      expect(byName(grades, name), name).toMatchObject({ passed: true, score: 100 });
    }
    const errors: Record<string, string> = {
      'loop.ts': 'NEVER_WAITS',
      'escape.ts': 'NOT_ALLOWED',
      'exit.js': 'NOT_ALLOWED',
      'syntax.ts': 'SYNTAX_ERROR',
      'deep.ts': 'TOO_DEEP',
    };
    for (const [name, code] of Object.entries(errors)) {
      const grade = byName(grades, name);
      expect(grade.passed, name).toBe(false);
      expect(grade.runs[0]?.error, name).toBe(code);
      const first = grade.checks[0];
      expect(first?.id, name).toBe('program');
      expect(first?.reason.error?.code, name).toBe(code);
      // Graded once: a failing run ends the grading of that program.
      expect(
        grade.runs.filter((r) => r.ran),
        name,
      ).toHaveLength(1);
    }
    const escaped = byName(grades, 'escape.ts').checks[0];
    expect(describeGradeCheck(escaped as NonNullable<typeof escaped>, 5, 'en')).toContain(
      '"require" is not available',
    );
    const syntax = byName(grades, 'syntax.ts').checks[0];
    expect(describeGradeCheck(syntax as NonNullable<typeof syntax>, 5, 'vi')).toMatch(
      /^Lần chạy 1: Chương trình bị lỗi: Dòng 2/,
    );
    const starter = byName(grades, 'binh.ts');
    expect(starter.passed).toBe(false);
    expect(starter.checks.find((c) => c.id === 'stop-near-wall')?.reason.key).toBe('wallTouched');
    expect(summarizeClass(lesson, grades)).toMatchObject({ programs: 8, passed: 2 });
  });

  it('gives the same grades in worker threads as in this thread', async () => {
    const programs = hostileClass().filter((p) => !p.program.endsWith('loop.ts'));
    const options = { lesson, kit: getKit('mbot'), seeds: [1, 2, 3], programs, quickjs, now };
    const here = await gradeClass({ ...options, workers: 0, thisThread: true });
    const where = new Set<string>();
    const inWorkers = await gradeClass({
      ...options,
      workers: 2,
      thisThread: false,
      onGraded: (_grade, _done, _total, at) => where.add(at),
    });
    expect([...where]).toEqual(['worker']);
    expect(inWorkers).toEqual(here);
  });

  it('grades in workers started before the class was known, and stops the spare ones', async () => {
    const programs = hostileClass().filter((p) => !p.program.endsWith('loop.ts'));
    const options = { lesson, kit: getKit('mbot'), seeds: [1, 2], programs, quickjs, now };
    const used = startGradeWorker();
    const spare = startGradeWorker();
    const exit = (w: typeof used) => new Promise<number>((r) => w.worker.once('exit', r));
    const [usedExit, spareExit] = [exit(used), exit(spare)];
    const where = new Set<string>();
    const grades = await gradeClass({
      ...options,
      workers: 1,
      thisThread: false,
      started: [used, spare],
      onGraded: (_grade, _done, _total, at) => where.add(at),
    });
    expect([...where]).toEqual(['worker']);
    expect(grades).toEqual(await gradeClass({ ...options, workers: 0, thisThread: true }));
    // A worker waits for work until it is stopped: both end only because the pool stops
    // them, the spare at once and the other once the class is graded.
    await Promise.all([usedExit, spareExit]);
  });

  it('replaces a started worker that died before its class came', async () => {
    const dead = startGradeWorker(new URL('./fixtures/exiting-worker.js', import.meta.url));
    await new Promise((resolve) => dead.worker.once('exit', resolve));
    const programs = [program('anh.ts', lesson.solution), program('binh.ts', lesson.starter.en)];
    const grades = await gradeClass({
      ...classOf([1]),
      programs,
      workers: 1,
      thisThread: false,
      started: [dead],
    });
    expect(grades.map((g) => g.passed)).toEqual([true, false]);
  });

  it('reports the program a dying worker was grading as failed, and grades the others', async () => {
    const programs = Array.from({ length: 8 }, (_, i) => program(`p${i}.ts`, lesson.solution));
    const where: string[] = [];
    const grades = await gradeClass({
      ...classOf([1]),
      programs,
      workers: 1,
      thisThread: false,
      workerUrl: new URL('./fixtures/dying-worker.js', import.meta.url),
      onGraded: (_g, _d, _t, at) => where.push(at),
    });
    // The first worker and each of its 3 replacements die on one program; then this
    // thread grades the rest.
    const crashed = grades.filter((g) => g.checks[0]?.reason.key === 'crashed');
    expect(crashed).toHaveLength(4);
    expect(
      describeGradeCheck(
        crashed[0]?.checks[0] as NonNullable<(typeof crashed)[0]['checks'][0]>,
        1,
        'en',
      ),
    ).toBe('The grader could not run this program: the grading thread stopped (exit code 3)');
    expect(grades.filter((g) => g.passed)).toHaveLength(4);
    expect(where.filter((w) => w === 'here')).toHaveLength(4);
  });

  it('a program whose grading outgrows the thread heap fails alone, in its own thread: every other grade is kept', async () => {
    const good = Array.from({ length: 4 }, (_, i) => program(`p${i}.ts`, lesson.solution));
    const eaters = Array.from({ length: 4 }, (_, i) => program(`eat${i}.ts`, '// EAT_HEAP\n'));
    const where: string[] = [];
    const grades = await gradeClass({
      ...classOf([1, 2]),
      programs: [
        good[0],
        eaters[0],
        eaters[1],
        good[1],
        eaters[2],
        good[2],
        eaters[3],
        good[3],
      ].filter((p): p is ProgramSource => p !== undefined),
      workers: 1,
      workerUrl: new URL('./fixtures/heap-eating-worker.js', import.meta.url),
      onGraded: (_g, _d, _t, at) => where.push(at),
    });
    expect(grades.filter((g) => g.passed).map((g) => g.program)).toEqual(
      good.map((g) => g.program),
    );
    for (const eater of eaters) {
      const check = byName(grades, eater.fileName).checks[0];
      expect(check?.reason.error?.code).toBe('HOST_OUT_OF_MEMORY');
      expect(describeGradeCheck(check as NonNullable<typeof check>, 2, 'vi')).toContain('256 MB');
    }
    // Four threads outgrew their heap: more than a class's restarts after crashes, yet
    // no program was graded in this thread, where nothing could stop it.
    expect(where.every((w) => w === 'worker')).toBe(true);
  }, 120_000);

  it('hard-stops a program that outruns its budget in one native operation; the class is late by seconds, not minutes', async () => {
    const good = Array.from({ length: 6 }, (_, i) => program(`p${i}.ts`, lesson.solution));
    // One indexOf over 3e7 characters per iteration: QuickJS never polls its budget.
    const hostile = program(
      'slow.js',
      "console.log('start');\nconst s = 'a'.repeat(3e7);\nfor (;;) s.indexOf('ab');\n",
    );
    const options = { ...classOf([1, 2]), workers: 2 };
    const t0 = now();
    const clean = await gradeClass({ ...options, programs: good });
    const t1 = now();
    const grades = await gradeClass({
      ...options,
      programs: [...good.slice(0, 3), hostile, ...good.slice(3)],
    });
    const t2 = now();
    const slow = byName(grades, 'slow.js');
    expect(slow.passed).toBe(false);
    expect(slow.runs[0]).toMatchObject({ ran: true, error: 'SLOW_OPERATION', stoppedBy: 'failed' });
    expect(slow.checks[0]?.reason.error?.code).toBe('SLOW_OPERATION');
    expect(
      describeGradeCheck(slow.checks[0] as NonNullable<(typeof slow.checks)[0]>, 2, 'en'),
    ).toMatch(/ran for 1\.\d s without waiting .*the limit is 500 ms/);
    expect(clean.every((g) => g.passed)).toBe(true);
    expect(grades.filter((g) => g.passed)).toHaveLength(6);
    // Late by the budget (0.5 s) + grace (1 s) + a poll + a new worker thread (about 1 s on
    // an idle machine): seconds, where the hostile program alone held a class for minutes
    // before the hard stop (330 s, or never).
    expect(t2 - t1 - (t1 - t0)).toBeLessThan(15_000);
  }, 120_000);

  it('stops grading a program at its first failing run, and averages the runs made', () => {
    // Stops at 40 cm: too far on every seed.
    const early = program('dan.ts', lesson.solution.replace('d > 18', 'd > 40'));
    const grade = gradeProgram(early, { lesson, kit: getKit('l298n-2wd'), quickjs, now });
    expect(grade.passed).toBe(false);
    expect(grade.runs.map((r) => r.ran)).toEqual([true, false, false, false, false]);
    expect(grade.score).toBe(grade.runs[0]?.score);
    expect(grade.checks[0]).toMatchObject({ id: 'stop-near-wall', passed: false, seed: 1 });
  });
});
