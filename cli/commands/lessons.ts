import { describeResult } from '../../lessons/checks/describe.ts';
import { findLesson } from '../../lessons/find-lesson.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { reportText } from '../../lessons/report-texts.ts';
import { type LessonRun, runLesson } from '../../lessons/run-lesson.ts';
import { type EmulatedLessonRun, runLessonEmulated } from '../../lessons/run-lesson-emulated.ts';
import { LESSON_REALISM, LESSON_RUN_SEED } from '../../lessons/run-policy.ts';
import { builtinKits, LANGS, type Lang, localize, MekongError, phrase } from '../../robot/index.ts';
import { hashTrace } from '../../simulator/world/trace.ts';
import { type CliIo, choiceOption, EXIT, intOption, loadKit, loadProgram } from '../io.ts';
import { loadQuickJs } from '../quickjs-node.ts';
import { loadLessons } from '../runtime/load-lessons.ts';
import type { RunJson } from './run.ts';
import '../texts/cli-phrases.ts';

export interface LessonsOptions {
  json?: boolean;
  lang: Lang;
}

/** One lesson in `mekong lessons --json`. */
export interface LessonJson {
  id: string;
  order: number;
  folder: string;
  title: string;
  kits: string[];
  parts: string[];
  timeLimitMs: number;
  checks: { id: string; type: string; required: boolean }[];
}

/** `mekong lessons [--json]`: the course, in order. */
export async function lessonsCommand(options: LessonsOptions, io: CliIo): Promise<number> {
  choiceOption('--lang', options.lang, LANGS);
  const lessons = await loadLessons();
  const rows: LessonJson[] = lessons.map((l) => ({
    id: l.id,
    order: l.order,
    folder: l.folder,
    title: l.title[options.lang],
    kits: l.kits,
    parts: l.parts,
    timeLimitMs: l.timeLimitMs,
    checks: l.checks.map((c) => ({ id: c.id, type: c.type, required: c.required })),
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  const allKits = builtinKits().length;
  for (const row of rows) {
    const kits =
      row.kits.length === allKits ? reportText('allKits', options.lang) : row.kits.join(', ');
    const parts =
      row.parts.length > 0
        ? localize('{parts}', { parts: row.parts }, options.lang)
        : reportText('noParts', options.lang);
    const time = reportText('seconds', options.lang, { s: row.timeLimitMs / 1000 });
    io.stdout.write(`${String(row.order).padStart(2)}  ${row.id.padEnd(18)} ${row.title}\n`);
    io.stdout.write(`    ${kits} · ${parts} · ${time}\n`);
  }
  return EXIT.ok;
}

export interface LessonRunOptions {
  lesson?: string;
  kit?: string;
  seed?: string;
  json?: boolean;
  lang: Lang;
  /** Run on the emulated board (our firmware in avr8js) instead of the simulator. */
  emulate?: boolean;
  /** A real robot's port: refused, its world cannot be checked. */
  port?: string;
}

/** The `--json` result of `mekong run <program> --lesson <id>`. */
export interface LessonRunJson {
  lesson: string;
  kit: string;
  seed: number;
  passed: boolean;
  score: number;
  checks: { id: string; passed: boolean; score: number; reason: string }[];
  ok: boolean;
  simTimeMs: number;
  wallMs: number;
  output: string[];
  error: RunJson['error'];
  stoppedBy: string | null;
  traceHash: string;
}

/** The kit a lesson runs on: the one asked for, which the lesson must support. */
export async function lessonKit(lesson: Lesson, kitId: string | undefined) {
  const id = kitId ?? (lesson.kits[0] as string);
  if (!lesson.kits.includes(id)) {
    throw new MekongError('BAD_OPTION', {
      option: '--kit',
      value: id,
      expected: phrase('lessonKit', { kits: lesson.kits.join(', ') }),
    });
  }
  return loadKit(id);
}

/**
 * `mekong run <program> --lesson <id>`: runs the program on the lesson's world with its
 * time limit, under classroom realism like the grader (one seed), and prints the checks.
 * Exit 0 when the mission passed, 1 when it did not (or the program failed), 2 on bad input.
 */
export async function runLessonCommand(
  programFile: string,
  options: LessonRunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  choiceOption('--lang', options.lang, LANGS);
  if (options.port !== undefined) {
    // A real robot cannot say where it is, so nothing could check the mission.
    throw new MekongError('BAD_OPTION', {
      option: '--port',
      value: options.port,
      expected: phrase('lessonWorldOnly'),
    });
  }
  const seed = intOption('--seed', options.seed ?? String(LESSON_RUN_SEED), 1, 2 ** 31 - 1);
  const lessons = await loadLessons();
  const lesson = findLesson(lessons, options.lesson ?? '');
  const [program, kit, quickjs] = await Promise.all([
    loadProgram(programFile),
    lessonKit(lesson, options.kit),
    loadQuickJs(),
  ]);
  const started = now();
  const runOptions = { lesson, kit, ...program, seed, realism: LESSON_REALISM, quickjs, now };
  const run = options.emulate
    ? emulatedAsLessonRun(await runLessonEmulated(runOptions))
    : runLesson(runOptions);
  const wallMs = Math.round((now() - started) * 100) / 100;
  const { lang } = options;
  const error = run.outcome.error;
  const result: LessonRunJson = {
    lesson: lesson.id,
    kit: kit.id,
    seed,
    passed: run.passed,
    score: run.score,
    checks: run.checks.map((c) => ({
      id: c.id,
      passed: c.passed,
      score: c.score,
      reason: describeResult(c, lang, lesson.names),
    })),
    ok: run.outcome.ok,
    simTimeMs: run.simTimeMs,
    wallMs,
    output: run.outcome.output,
    error: error ? error.toJSON(lang) : null,
    stoppedBy: run.outcome.stoppedBy,
    traceHash: hashTrace(run.trace),
  };
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    for (const line of result.output) io.stdout.write(`${line}\n`);
    io.stdout.write(
      `${reportText('runHeader', lang, { order: lesson.order, title: lesson.title[lang], kit: kit.id, seed })}\n`,
    );
    if (options.emulate) io.stdout.write(`${reportText('onEmulatedBoard', lang)}\n`);
    for (const check of result.checks) {
      io.stdout.write(`  ${check.passed ? '✔' : '✘'} ${check.id}: ${check.reason}\n`);
    }
    const passed = result.checks.filter((c) => c.passed).length;
    io.stdout.write(
      `${
        run.passed
          ? reportText('missionDone', lang, { score: run.score })
          : reportText('missionNotYet', lang, {
              passed,
              total: result.checks.length,
              score: run.score,
            })
      }\n`,
    );
  }
  return run.passed ? EXIT.ok : EXIT.programFailed;
}

/** An emulated lesson run in the shape of a simulator one, for the same report. */
function emulatedAsLessonRun(run: EmulatedLessonRun): Pick<
  LessonRun,
  'passed' | 'score' | 'checks' | 'simTimeMs' | 'trace'
> & {
  outcome: { ok: boolean; error: MekongError | null; output: string[]; stoppedBy: string };
} {
  return {
    passed: run.passed,
    score: run.score,
    checks: run.checks,
    simTimeMs: run.programMs,
    trace: run.trace,
    outcome: { ...run.outcome, stoppedBy: run.stoppedBy },
  };
}
