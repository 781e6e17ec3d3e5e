import type { Lang, MekongError } from '../../../robot/index.ts';
import { type CliIo, EXIT, loadKit, loadProgram, loadWorld } from '../../io.ts';
import { fromData } from '../../runtime/error-data.ts';
import { loadedBeside, type SandboxOutcome, startSandbox } from '../../runtime/sandbox-thread.ts';
import type { SandboxJob } from '../../runtime/sandbox-worker.ts';
import { type ProgramWarning, warnBeforeRun } from '../../shared/program-warnings.ts';
import { printRunSummary, type RunJson } from '../../shared/run-report.ts';
import type { RunOptions } from '../../verbs.ts';

/** `mekong run <program> [--sim]`: runs a program in the headless simulator. */
export async function runSimCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const sandbox = startSandbox({ now });
  const [program, kit, world] = await loadedBeside(
    sandbox,
    Promise.all([
      loadProgram(programFile, options.lang),
      loadKit(options.kit),
      loadWorld(options.world),
    ]),
  );
  const warnings = warnBeforeRun(io, program.source, options);
  const started = now();
  const ran = await sandbox.run({
    kind: 'sim',
    world,
    kit,
    program,
    seed: options.seed,
    realism: options.realism ?? 'ideal',
    maxTimeMs: Math.round(options.maxTime * 1000),
  });
  const wallMs = Math.round((now() - started) * 100) / 100;
  const { result, events, error } = runJson(ran, wallMs, warnings, options.lang);
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    for (const line of result.output) io.stdout.write(`${line}\n`);
    printRunSummary(result, events, options.lang, io, error, true);
  }
  return result.ok ? EXIT.ok : EXIT.programFailed;
}

/**
 * The JSON result of a sandboxed run. A run the hard stop ended reports where the robot
 * was when the slow slice began, the lines printed before, and no trace (the thread took
 * it); `stoppedBy` is "failed" as for any other failure.
 */
function runJson(
  ran: SandboxOutcome<SandboxJob & { kind: 'sim' }>,
  wallMs: number,
  warnings: ProgramWarning[],
  lang: Lang,
): { result: RunJson; events: readonly { type: string }[]; error: MekongError | null } {
  if (ran.kind === 'stopped') {
    const { simTimeMs, x, y, headingDeg } = ran.stop.place;
    const result: RunJson = {
      ok: false,
      simTimeMs,
      wallMs,
      pose: { x, y, headingDeg },
      collisions: 0,
      output: ran.output,
      error: ran.error.toJSON(lang),
      traceHash: '',
      stoppedBy: 'failed',
      warnings,
    };
    return { result, events: [], error: ran.error };
  }
  const { events, error: data, ...rest } = ran.result;
  const error = data ? fromData(data) : null;
  const result: RunJson = {
    ...rest,
    wallMs,
    collisions: events.filter((e) => e.type === 'collision').length,
    error: error ? error.toJSON(lang) : null,
    warnings,
  };
  return { result, events, error };
}
