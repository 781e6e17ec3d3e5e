import { extname } from 'node:path';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import { findLesson } from '../../lessons/find-lesson.ts';
import {
  lapTimeMs,
  type ProgramGrade,
  type ProgramSource,
  seedList,
  stoppedGrade,
  summarizeClass,
} from '../../lessons/grade.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { reportText } from '../../lessons/report-texts.ts';
import { isMekongError, type Lang, type MekongError } from '../../robot/index.ts';
import { type CliIo, EXIT, loadProgram } from '../io.ts';
import { loadQuickJs } from '../quickjs-node.ts';
import { gradeClass } from '../runtime/grade-pool.ts';
import { gradeReport } from '../runtime/grade-report.ts';
import type { StartedWorker } from '../runtime/grade-threads.js';
import { loadLessons } from '../runtime/load-lessons.ts';
import { lessonKit } from '../shared/lesson-kit.ts';
import { collectPrograms } from '../shared/program-files.ts';
import { checkReportPath, writeReport } from '../shared/report-file.ts';
import type { GradeOptions } from '../verbs.ts';
import { overwriteLine } from '../visible-io.ts';
import '../texts/cli-phrases.ts';

/** The `--json` output of `mekong grade`. */
export interface GradeJson {
  lesson: string;
  kit: string;
  seeds: number[];
  results: {
    program: string;
    passed: boolean;
    score: number;
    /** In a race only: the mean lap time, ms (null: no lap). */
    lapMs?: number | null;
    checks: { id: string; passed: boolean; score: number; reason: string }[];
  }[];
  summary: { programs: number; passed: number; meanScore: number };
}

/**
 * A program to grade, or, for a block program that cannot be opened, why (BLOCKS_INVALID):
 * that program fails with the reason and the others are graded.
 */
async function loadOrRefuse(
  file: string,
  lang: Lang,
): Promise<ProgramSource | { program: string; refused: MekongError }> {
  try {
    return { program: file, ...(await loadProgram(file, lang)) };
  } catch (error) {
    if (isMekongError(error) && error.code === 'BLOCKS_INVALID')
      return { program: file, refused: error };
    throw error;
  }
}

/** Where the progress goes: a bar on a terminal, plain lines otherwise (stderr both). */
function progress(io: CliIo, lang: Lang, total: number) {
  const tty = io.stderr.isTTY === true;
  return {
    graded(grade: ProgramGrade, done: number) {
      const result = reportText(grade.passed ? 'passed' : 'failed', lang);
      if (!tty) {
        io.stderr.write(
          `${reportText('graded', lang, { done, total, program: grade.program, result, score: grade.score })}\n`,
        );
        return;
      }
      const width = 24;
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      overwriteLine(io.stderr, `${bar} ${done}/${total} ${grade.program.slice(-40).padEnd(40)}`);
      if (done === total) io.stderr.write('\n');
    },
  };
}

function toJson(
  lesson: Lesson,
  kit: string,
  seeds: number[],
  grades: readonly ProgramGrade[],
  lang: Lang,
): GradeJson {
  const summary = summarizeClass(lesson, grades);
  return {
    lesson: lesson.id,
    kit,
    seeds,
    results: grades.map((g) => ({
      program: g.program,
      passed: g.passed,
      score: g.score,
      ...lapField(lesson, g),
      checks: g.checks.map((c) => ({
        id: c.id,
        passed: c.passed,
        score: c.score,
        reason: describeGradeCheck(c, seeds.length, lang, lesson.names),
      })),
    })),
    summary: { programs: summary.programs, passed: summary.passed, meanScore: summary.meanScore },
  };
}

function printTable(
  io: CliIo,
  lesson: Lesson,
  kit: string,
  seeds: number[],
  grades: readonly ProgramGrade[],
  lang: Lang,
): void {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  out(
    reportText('gradeHeader', lang, {
      order: lesson.order,
      title: lesson.title[lang],
      kit,
      runs: seeds.length,
    }),
  );
  const nameWidth = Math.min(40, Math.max(12, ...grades.map((g) => g.program.length)));
  const resultWidth = Math.max(
    reportText('result', lang).length,
    reportText('passed', lang).length,
    reportText('failed', lang).length,
  );
  out(
    `${reportText('program', lang).padEnd(nameWidth)}  ${reportText('result', lang).padEnd(resultWidth)}  ${reportText('score', lang).padStart(5)}  ${reportText('reasons', lang)}`,
  );
  for (const g of grades) {
    // After a program error the mission results only repeat it: show the error alone.
    const crashed = g.checks.find((c) => c.id === 'program' && !c.passed);
    const failed = crashed ? [crashed] : g.checks.filter((c) => !c.passed);
    const reasons =
      failed.length === 0
        ? reportText('allChecksPassed', lang)
        : failed
            .map((c) => `${c.id}: ${describeGradeCheck(c, seeds.length, lang, lesson.names)}`)
            .join(' | ');
    const result = reportText(g.passed ? 'passed' : 'failed', lang);
    out(
      `${g.program.padEnd(nameWidth)}  ${result.padEnd(resultWidth)}  ${g.score.toFixed(1).padStart(5)}  ${reasons}`,
    );
  }
  const summary = summarizeClass(lesson, grades);
  const percent = summary.programs > 0 ? Math.round((100 * summary.passed) / summary.programs) : 0;
  out('');
  out(
    reportText('classSummary', lang, {
      passed: summary.passed,
      programs: summary.programs,
      percent,
      mean: summary.meanScore,
    }),
  );
  for (const c of summary.checks) {
    out(
      `  ${reportText('checkSummary', lang, { id: c.id, passed: c.passed, programs: summary.programs })}`,
    );
  }
}

/**
 * `mekong grade <lesson> <program-or-folder>...`: grades a class. Every program runs in
 * the sandbox under classroom realism on each seed; exit 0 when grading ran (whatever the
 * students scored), 2 on bad input.
 */
export async function gradeCommand(
  lessonQuery: string,
  paths: readonly string[],
  options: GradeOptions,
  io: CliIo,
  now: () => number,
  started: StartedWorker[] = [],
): Promise<number> {
  const { lang, workers } = options;
  const seeds = seedList(options.seeds);
  const report = options.report;
  const replacing = report !== undefined && (await checkReportPath(report, options.force === true));
  const lesson = findLesson(await loadLessons(), lessonQuery);
  const kit = await lessonKit(lesson, options.kit);
  const files = await collectPrograms(paths);
  const loaded = await Promise.all(files.map((file) => loadOrRefuse(file, lang)));
  const programs = loaded.filter((p): p is ProgramSource => !('refused' in p));
  const bar = progress(io, lang, files.length);
  let done = 0;
  // A block program that cannot be opened fails alone; the class is still graded.
  const refused = new Map(
    loaded.flatMap((p) =>
      'refused' in p
        ? [[p.program, stoppedGrade(p.program, lesson, seeds, seeds[0] ?? 1, p.refused)]]
        : [],
    ),
  );
  for (const grade of refused.values()) bar.graded(grade, ++done);
  const graded =
    programs.length === 0
      ? []
      : await gradeClass({
          lesson,
          kit,
          seeds,
          programs,
          ...(workers === undefined ? {} : { workers }),
          quickjs: await loadQuickJs(),
          now,
          started,
          onGraded: (grade) => bar.graded(grade, ++done),
        });
  const byProgram = new Map(graded.map((g) => [g.program, g]));
  const grades = files.map((file) => (refused.get(file) ?? byProgram.get(file)) as ProgramGrade);
  if (options.json)
    io.stdout.write(`${JSON.stringify(toJson(lesson, kit.id, seeds, grades, lang))}\n`);
  else printTable(io, lesson, kit.id, seeds, grades, lang);
  if (report !== undefined) {
    const text = await gradeReport({
      format: extname(report).toLowerCase() === '.csv' ? 'csv' : 'html',
      lesson,
      kit: kit.id,
      seeds,
      grades,
      lang,
    });
    await writeReport(report, text, io, lang, replacing);
  }
  return EXIT.ok;
}

/** `{ lapMs }` in a race (see lapTimeMs), nothing otherwise. */
function lapField(lesson: Lesson, grade: ProgramGrade): { lapMs?: number | null } {
  const lapMs = lapTimeMs(lesson, grade);
  return lapMs === undefined ? {} : { lapMs };
}
