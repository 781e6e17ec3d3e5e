import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { isMekongError, type MekongError } from '../robot/errors.ts';
import type { Kit } from '../robot/kits/kit-schema.ts';
import type { SliceBeacon } from '../robot/program/hard-stop.ts';
import type { Cause } from './checks/causes.ts';
import type { CheckResult, Reason } from './checks/check-context.ts';
import type { Translated } from './checks/check-schema.ts';
import type { Lesson } from './lesson-files.ts';
import { type LessonRun, runLesson } from './run-lesson.ts';
import { DEFAULT_SEEDS, LESSON_RUN_SEED } from './run-policy.ts';

/** Seeds 1..n: the first is the seed of a single lesson run, so run 1 is the one students watch. */
export function seedList(n: number): number[] {
  return Array.from({ length: n }, (_, i) => LESSON_RUN_SEED + i);
}

/** The seeds `mekong grade` uses when the teacher names none (the web app's check uses them too). */
export function gradingSeeds(): number[] {
  return seedList(DEFAULT_SEEDS);
}

/** A student program to grade. */
export interface ProgramSource {
  /** How teachers know it: the path they gave, e.g. "class/anh.ts". */
  program: string;
  source: string;
  language: 'ts' | 'js';
  /** Shown in the program's own errors, e.g. "anh.ts". */
  fileName: string;
}

/** One run of a graded program, without its trace. */
export interface RunSummary {
  seed: number;
  /** Index into lesson.worlds. */
  world: number;
  passed: boolean;
  /** 0..100. */
  score: number;
  simTimeMs: number;
  stoppedBy: 'done' | 'failed' | 'time-limit' | null;
  /** Code of the program's error, when it failed. */
  error: string | null;
  /** false: not run, because the program already failed an earlier run. */
  ran: boolean;
  checks: {
    id: string;
    passed: boolean;
    score: number;
    details?: Readonly<Record<string, number>>;
  }[];
}

/** A check over all runs of one program. */
export interface GradeCheck {
  id: string;
  /** Passed in every run made. */
  passed: boolean;
  /** Mean score over the runs made, 0..100. */
  score: number;
  required: boolean;
  /** The reason of the first failing run, or of the first run when all passed. */
  reason: Reason;
  /** Seed of the run the reason comes from. */
  seed: number;
  /** How many runs passed it. */
  runsPassed: number;
  hint?: Translated;
  /** The likely cause in the program, from the run the reason comes from. */
  cause?: Cause;
}

/** The grade of one program on a lesson. */
export interface ProgramGrade {
  program: string;
  /** Passed in every run: a solution must be robust, not lucky. */
  passed: boolean;
  /** Mean score of the runs made, 0..100. */
  score: number;
  /** The lesson's checks in order; "program" first when the program failed with an error. */
  checks: GradeCheck[];
  runs: RunSummary[];
}

export interface GradeOptions {
  lesson: Lesson;
  kit: Kit;
  /** Default: gradingSeeds(). */
  seeds?: readonly number[];
  quickjs: QuickJSWASMModule;
  now: () => number;
  /** For a host that may kill this thread; its tag is the seed of the run under way. */
  beacon?: SliceBeacon;
}

function summarizeRun(run: LessonRun): RunSummary {
  return {
    seed: run.seed,
    world: run.world,
    passed: run.passed,
    score: run.score,
    simTimeMs: run.simTimeMs,
    stoppedBy: run.outcome.stoppedBy,
    error: run.outcome.error?.code ?? null,
    ran: true,
    checks: run.checks.map((c) => ({
      id: c.id,
      passed: c.passed,
      score: c.score,
      ...(c.details ? { details: c.details } : {}),
    })),
  };
}

/** The result a run that was never made stands for. */
function notRun(seed: number, lesson: Lesson): RunSummary {
  return {
    seed,
    world: 0,
    passed: false,
    score: 0,
    simTimeMs: 0,
    stoppedBy: null,
    error: null,
    ran: false,
    checks: lesson.checks.map((c) => ({ id: c.id, passed: false, score: 0 })),
  };
}

/** The result a program gets when the grader itself could not run it (a bug, a crash). */
export function crashedGrade(
  program: string,
  lesson: Lesson,
  seeds: readonly number[],
  detail: string,
): ProgramGrade {
  const reason: Reason = { key: 'crashed', params: { detail } };
  return {
    program,
    passed: false,
    score: 0,
    checks: [
      {
        id: 'program',
        passed: false,
        score: 0,
        required: true,
        reason,
        seed: seeds[0] ?? 1,
        runsPassed: 0,
      },
      ...lesson.checks.map((c) => ({
        id: c.id,
        passed: false,
        score: 0,
        required: c.required,
        reason: { key: 'notRun', params: {} } as Reason,
        seed: seeds[0] ?? 1,
        runsPassed: 0,
      })),
    ],
    runs: seeds.map((seed) => notRun(seed, lesson)),
  };
}

/**
 * The grade of a program whose run on `seed` was stopped from outside (the hard stop ended
 * its thread): that run failed with `error`, the runs before it are lost with the thread
 * and count as failed too, and the runs after it were never made.
 */
export function stoppedGrade(
  program: string,
  lesson: Lesson,
  seeds: readonly number[],
  seed: number,
  error: MekongError,
): ProgramGrade {
  const reason: Reason = {
    key: 'programError',
    params: {},
    error: { code: error.code, params: error.params, line: error.line, column: error.column },
  };
  const at = Math.max(0, seeds.indexOf(seed));
  const runs = seeds.map((s, i): RunSummary => {
    if (i !== at) return notRun(s, lesson);
    return { ...notRun(s, lesson), stoppedBy: 'failed', error: error.code, ran: true };
  });
  const checks = crashedGrade(program, lesson, seeds, '').checks.map((c) =>
    c.id === 'program' ? { ...c, reason, seed } : c,
  );
  return { program, passed: false, score: 0, checks, runs };
}

/**
 * The seed of the next run to make after `runs` (made on `seeds`, in order), or undefined
 * when grading is over. Grading stops at the first failing run: the program can no longer
 * pass (it must pass on every robot), and the teacher has the reason. This keeps a class
 * fast: slow programs would run to the time limit on every seed, and a runaway loop costs
 * the sandbox's budget each time.
 */
export function nextSeed(
  seeds: readonly number[],
  runs: readonly { passed: boolean }[],
): number | undefined {
  if (runs.some((run) => !run.passed)) return undefined;
  return seeds[runs.length];
}

/**
 * The grade of a program from the runs made on `seeds` (see nextSeed): it passes only when
 * every seed was run and passed; its score is the mean of the runs made.
 */
export function gradeOfRuns(
  program: string,
  lesson: Lesson,
  seeds: readonly number[],
  runs: readonly LessonRun[],
): ProgramGrade {
  const made = runs.map(summarizeRun);
  return {
    program,
    passed: made.length === seeds.length && made.every((r) => r.passed),
    score: round1(made.reduce((sum, r) => sum + r.score, 0) / Math.max(1, made.length)),
    checks: combineChecks(runs),
    runs: [...made, ...seeds.slice(made.length).map((seed) => notRun(seed, lesson))],
  };
}

/** Runs one program on the lesson once per seed, as nextSeed says, and grades the runs. */
export function gradeProgram(program: ProgramSource, options: GradeOptions): ProgramGrade {
  const { lesson, kit } = options;
  const seeds = options.seeds ?? gradingSeeds();
  const runs: LessonRun[] = [];
  for (let seed = nextSeed(seeds, runs); seed !== undefined; seed = nextSeed(seeds, runs)) {
    if (options.beacon) options.beacon.tag = seed;
    runs.push(
      runLesson({
        lesson,
        kit,
        source: program.source,
        language: program.language,
        fileName: program.fileName,
        seed,
        quickjs: options.quickjs,
        now: options.now,
        ...(options.beacon ? { beacon: options.beacon } : {}),
      }),
    );
  }
  return gradeOfRuns(program.program, lesson, seeds, runs);
}

/**
 * gradeProgram, except that the grader itself failing (a bug, a crash of the engine) makes
 * the program's failed grade with the reason, so a class's other programs are still graded.
 */
export function gradeOrCrash(
  program: ProgramSource,
  options: GradeOptions & { seeds: readonly number[] },
): ProgramGrade {
  try {
    return gradeProgram(program, options);
  } catch (error) {
    return crashedGrade(program.program, options.lesson, options.seeds, crashDetail(error));
  }
}

/** Combines the runs made, check by check, in the order of the first run's results. */
function combineChecks(runs: readonly LessonRun[]): GradeCheck[] {
  const ids: string[] = [];
  for (const run of runs) {
    for (const c of run.checks) if (!ids.includes(c.id)) ids.push(c.id);
  }
  ids.sort((a, b) => (a === 'program' ? -1 : b === 'program' ? 1 : 0));
  return ids.map((id) => {
    const results = runs
      .map((run) => ({ seed: run.seed, result: run.checks.find((c) => c.id === id) }))
      .filter((r): r is { seed: number; result: CheckResult } => r.result !== undefined);
    const failing = results.find((r) => !r.result.passed);
    const shown = failing ?? (results[0] as { seed: number; result: CheckResult });
    const runsPassed = results.filter((r) => r.result.passed).length;
    return {
      id,
      passed: failing === undefined,
      score: round1(
        results.reduce((sum, r) => sum + r.result.score, 0) / Math.max(1, results.length),
      ),
      required: shown.result.required,
      reason: shown.result.reason,
      seed: shown.seed,
      runsPassed,
      ...(shown.result.hint ? { hint: shown.result.hint } : {}),
      ...(shown.result.cause ? { cause: shown.result.cause } : {}),
    };
  });
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The lap time of a graded program in a race (a lesson with a `lap-time` check), ms: the
 * mean over the runs made that finished a lap, or null when none did. Undefined when the
 * lesson is no race. Reports give it as a field so a teacher can sort the class; within a
 * pass, the faster lap already scores higher (lapTime in line-checks.ts).
 */
export function lapTimeMs(lesson: Lesson, grade: ProgramGrade): number | null | undefined {
  const lap = lesson.checks.find((c) => c.type === 'lap-time');
  if (!lap) return undefined;
  const times = grade.runs.flatMap((run) => {
    const ms = run.checks.find((c) => c.id === lap.id)?.details?.lapMs;
    return run.ran && ms !== undefined ? [ms] : [];
  });
  if (times.length === 0) return null;
  return Math.round(times.reduce((sum, t) => sum + t, 0) / times.length);
}

/** A class's results on one lesson, in numbers. */
export interface ClassSummary {
  programs: number;
  passed: number;
  /** Mean score, 0..100. */
  meanScore: number;
  /** Per check: how many programs passed it. */
  checks: { id: string; passed: number }[];
}

export function summarizeClass(lesson: Lesson, grades: readonly ProgramGrade[]): ClassSummary {
  return {
    programs: grades.length,
    passed: grades.filter((g) => g.passed).length,
    meanScore: round1(grades.reduce((sum, g) => sum + g.score, 0) / Math.max(1, grades.length)),
    checks: lesson.checks.map((c) => ({
      id: c.id,
      passed: grades.filter((g) => g.checks.find((k) => k.id === c.id)?.passed).length,
    })),
  };
}

/**
 * Whether a grade's runs hit a failure that leaves the QuickJS module unusable (a native
 * stack overflow, see robot/program/types.ts): whoever graded it loads a fresh module.
 */
export function damagesQuickJs(grade: ProgramGrade): boolean {
  return grade.runs.some((run) => run.error === 'TOO_DEEP');
}

/** Text of an unexpected error, for a crashed grade. */
export function crashDetail(error: unknown): string {
  if (isMekongError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
