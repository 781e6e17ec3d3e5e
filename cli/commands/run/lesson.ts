import type { CheckResult } from '../../../lessons/checks/check-context.ts';
import { describeResult } from '../../../lessons/checks/describe.ts';
import { findLesson } from '../../../lessons/find-lesson.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import { reportText } from '../../../lessons/report-texts.ts';
import { stoppedRunChecks } from '../../../lessons/run-lesson.ts';
import { type EmulatedLessonRun, runLessonEmulated } from '../../../lessons/run-lesson-emulated.ts';
import { type Kit, MekongError, phrase } from '../../../robot/index.ts';
import { hashTrace } from '../../../simulator/world/trace.ts';
import { MAX_SEED } from '../../defaults.ts';
import { type CliIo, EXIT, intOption, loadProgram } from '../../io.ts';
import { loadQuickJs } from '../../quickjs-node.ts';
import { fromData } from '../../runtime/error-data.ts';
import { loadLessons } from '../../runtime/load-lessons.ts';
import { runOnRobot } from '../../runtime/robot-run.ts';
import {
  loadedBeside,
  type Sandbox,
  type SandboxOutcome,
  startSandbox,
} from '../../runtime/sandbox-thread.ts';
import type { ProgramData, SandboxJob } from '../../runtime/sandbox-worker.ts';
import { lessonKit } from '../../shared/lesson-kit.ts';
import {
  type ProgramWarning,
  printWarningCauses,
  warnBeforeRun,
} from '../../shared/program-warnings.ts';
import type { RunJson } from '../../shared/run-report.ts';
import type { RunOptions } from '../../verbs.ts';

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
  warnings: ProgramWarning[];
}

/**
 * `mekong run <program> --lesson <id>`: runs the program on the lesson's world with its
 * time limit, under classroom realism like the grader (one seed), and prints the checks.
 * Exit 0 when the mission passed, 1 when it did not (or the program failed), 2 on bad input.
 */
export async function runLessonCommand(
  programFile: string,
  options: RunOptions & { lesson: string },
  io: CliIo,
  now: () => number,
): Promise<number> {
  if (options.port !== undefined) {
    // A real robot cannot say where it is, so nothing could check the mission.
    throw new MekongError('BAD_OPTION', {
      option: '--port',
      value: options.port,
      expected: phrase('lessonWorldOnly'),
    });
  }
  // A lesson's seeds start at 1 (the grader's first run); run's own --seed allows 0.
  const seed = intOption('--seed', String(options.seed), 1, MAX_SEED);
  // The thread loads while the lesson and the program do.
  // What the program prints goes to the run in progress (the emulated board's trace).
  const printed: Printed = {};
  const sandbox = startSandbox({ now, onLog: (text) => printed.to?.(text) });
  const [lesson, program, kit] = await loadedBeside(
    sandbox,
    (async () => {
      const lesson = findLesson(await loadLessons(), options.lesson);
      const [program, kit] = await Promise.all([
        loadProgram(programFile, options.lang),
        lessonKit(lesson, options.kit),
      ]);
      return [lesson, program, kit] as const;
    })(),
  );
  const warnings = warnBeforeRun(io, program.source, options);
  const started = now();
  const run = options.emulate
    ? await emulatedRun(sandbox, printed, { lesson, kit, program, seed, now })
    : shownRun(lesson, await sandbox.run({ kind: 'lesson', lesson, kit, program, seed }));
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
    traceHash: run.traceHash,
    warnings,
  };
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    for (const line of result.output) io.stdout.write(`${line}\n`);
    io.stdout.write(
      `${reportText('runHeader', lang, { order: lesson.order, title: lesson.title[lang], kit: kit.id, seed })}\n`,
    );
    if (options.emulate) io.stdout.write(`${reportText('onEmulatedBoard', lang)}\n`);
    // After a program error the checks only repeat it; a program that could not be read
    // never ran: the error alone is shown.
    const notRead = error?.code === 'SYNTAX_ERROR';
    const shown = notRead ? result.checks.slice(0, 1) : result.checks;
    for (const check of shown) {
      io.stdout.write(`  ${check.passed ? '✔' : '✘'} ${check.id}: ${check.reason}\n`);
      // The program check failed: the program threw or was stopped.
      if (check.id === 'program' && !check.passed) printWarningCauses(io, warnings, lang);
    }
    const passed = shown.filter((c) => c.passed).length;
    io.stdout.write(
      `${
        run.passed
          ? reportText('missionDone', lang, { score: run.score })
          : reportText('missionNotYet', lang, {
              passed,
              total: shown.length,
              score: run.score,
            })
      }\n`,
    );
  }
  return run.passed ? EXIT.ok : EXIT.programFailed;
}

/** Where the sandbox's console lines go, once a run wants them. */
interface Printed {
  to?: (text: string) => void;
}

interface EmulatedRunInputs {
  lesson: Lesson;
  kit: Kit;
  program: ProgramData;
  seed: number;
  now: () => number;
}

/** What the report shows of a lesson run, wherever it ran. */
interface ShownRun {
  passed: boolean;
  score: number;
  checks: CheckResult[];
  simTimeMs: number;
  /** Empty when the hard stop ended the run (its trace went with its thread). */
  traceHash: string;
  outcome: { ok: boolean; error: MekongError | null; output: string[]; stoppedBy: string | null };
}

/** A sandboxed lesson run as the report shows it (hard-stopped: see stoppedRunChecks). */
function shownRun(lesson: Lesson, ran: SandboxOutcome<SandboxJob & { kind: 'lesson' }>): ShownRun {
  if (ran.kind === 'stopped') {
    const { error, output } = ran;
    return {
      passed: false,
      score: 0,
      checks: stoppedRunChecks(lesson, error),
      simTimeMs: ran.stop.place.simTimeMs,
      traceHash: '',
      outcome: { ok: false, error, output, stoppedBy: 'failed' },
    };
  }
  const { outcome, trace, ...rest } = ran.result;
  const error = outcome.error ? fromData(outcome.error) : null;
  return { ...rest, traceHash: hashTrace(trace), outcome: { ...outcome, error } };
}

/**
 * The lesson on the emulated board, its program in `sandbox`'s thread (which the hard stop
 * can end), the board paused while the program runs a slice; in the shape of a simulator
 * run, for the same report.
 */
async function emulatedRun(
  sandbox: Sandbox,
  printed: Printed,
  { lesson, kit, program, seed, now }: EmulatedRunInputs,
): Promise<ShownRun> {
  let run: EmulatedLessonRun;
  try {
    run = await runLessonEmulated({
      lesson,
      kit,
      ...program,
      seed,
      quickjs: await loadQuickJs(),
      now,
      runProgram: ({ robot, signal, onLog }, emulator) => {
        printed.to = (text) => onLog?.('log', text);
        return runOnRobot(sandbox, {
          robot,
          program,
          maxTimeMs: lesson.timeLimitMs,
          ...(signal ? { signal } : {}),
          hold: emulator.pacer,
        });
      },
    });
  } finally {
    // Unused when the board could not be reached.
    sandbox.close();
  }
  return {
    passed: run.passed,
    score: run.score,
    checks: run.checks,
    simTimeMs: run.programMs,
    traceHash: hashTrace(run.trace),
    outcome: { ...run.outcome, stoppedBy: run.stoppedBy },
  };
}
