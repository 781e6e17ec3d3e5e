import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { gradeOfRuns, gradingSeeds, nextSeed } from '../../../lessons/grade.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import { type LessonRun, LessonRunner } from '../../../lessons/run-lesson.ts';
import type { Kit } from '../../../robot/index.ts';
import type { CheckReport, Program, Tries } from './protocol.ts';

/** Simulated ms a headless run advances between two looks at the wall clock. */
const SLICE_MS = 20;

export interface GradingRunsOptions {
  lesson: Lesson;
  kit: Kit;
  program: Program;
  /** The run the student watched, on the first grading seed. */
  first: LessonRun;
  /** Default: gradingSeeds(), the seeds of `mekong grade`. */
  seeds?: readonly number[];
  quickjs: QuickJSWASMModule;
  /** Wall clock, ms: the sandbox's runaway-loop budget and the slices' deadline. */
  now: () => number;
}

/**
 * The rest of a mission check: after the run the student watched, the runs `mekong grade`
 * makes on its other seeds, headless, a slice at a time so the worker keeps answering the
 * page's frames and its Stop. Which seeds, when to give up, and the grade all come from
 * lessons/grade.ts (nextSeed, gradeOfRuns), so the page says what the teacher will see.
 */
export class GradingRuns {
  readonly seeds: readonly number[];
  private readonly runs: LessonRun[];
  private runner: LessonRunner | undefined;

  constructor(private readonly options: GradingRunsOptions) {
    this.seeds = options.seeds ?? gradingSeeds();
    this.runs = [options.first];
  }

  /** Runs made after the watched one, and how many grading makes at most. */
  get tries(): Tries {
    return { done: this.runs.length - 1, total: this.seeds.length - 1 };
  }

  /** True once grading has its verdict: every seed passed, or one failed. */
  get over(): boolean {
    return this.runner === undefined && nextSeed(this.seeds, this.runs) === undefined;
  }

  /** Runs on until the wall clock reaches `deadline` (ms), or grading is over. */
  work(deadline: number): void {
    do this.slice();
    while (!this.over && this.options.now() < deadline);
  }

  private slice(): void {
    if (!this.runner) {
      const seed = nextSeed(this.seeds, this.runs);
      if (seed === undefined) return;
      const { lesson, kit, program, quickjs, now } = this.options;
      this.runner = new LessonRunner({ lesson, kit, ...program, seed, quickjs, now });
    }
    const runner = this.runner;
    runner.advance(runner.session.world.time + SLICE_MS);
    if (!runner.over) return;
    this.runs.push(runner.result());
    runner.dispose();
    this.runner = undefined;
  }

  /** The result, as `mekong grade` gives it; call once grading is over. */
  report(): CheckReport {
    const { lesson, kit, program } = this.options;
    return {
      lesson: lesson.id,
      kit: kit.id,
      seeds: [...this.seeds],
      grade: gradeOfRuns(program.fileName, lesson, this.seeds, this.runs),
    };
  }

  /** Frees the sandbox of the run in progress (Stop, or another run took over). */
  dispose(): void {
    this.runner?.dispose();
    this.runner = undefined;
  }
}
