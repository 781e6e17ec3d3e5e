import type { HardwareRobot } from '../../../firmware-bridge/bridge/hardware-robot.ts';
import { localize } from '../../../robot/index.ts';
import { type CliIo, EXIT, loadProgram } from '../../io.ts';
import { type RobotRun, runOnRobot } from '../../runtime/robot-run.ts';
import { loadedBeside, startSandbox } from '../../runtime/sandbox-thread.ts';
import { commandLogHash, hardwareTarget } from '../../shared/hardware-target.ts';
import { warnBeforeRun } from '../../shared/program-warnings.ts';
import { printRunSummary, type RunJson } from '../../shared/run-report.ts';
import type { RunOptions } from '../../verbs.ts';
import '../../texts/cli-phrases.ts';
import { RUN_HARDWARE_WORDS } from '../../texts/verb-words.ts';

const TEXT = RUN_HARDWARE_WORDS.texts;

/**
 * `mekong run <program> --port <path> | --emulate`: runs a program on a robot through
 * johnny-five, with the same JSON as `--sim`. The program runs in a sandbox thread that
 * the hard stop can end (robot-run.ts); the robot stays on this thread.
 */
export async function runHardwareCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const sandbox = startSandbox({
    now,
    ...(options.json ? {} : { onLog: (text: string) => io.stdout.write(`${text}\n`) }),
  });
  const [program, target] = await loadedBeside(
    sandbox,
    Promise.all([loadProgram(programFile, options.lang), hardwareTarget(options, now)]),
  );
  const warnings = warnBeforeRun(io, program.source, options);
  const started = now();
  if (!options.json)
    io.stderr.write(
      `${localize(TEXT.connecting[options.lang], { where: target.where }, options.lang)}\n`,
    );
  let robot: HardwareRobot;
  try {
    robot = await target.connect(true);
  } catch (error) {
    target.stop();
    sandbox.close();
    throw error;
  }
  const maxTimeMs = options.maxTime * 1000;
  const limit = new AbortController();
  // Real time: the emulated board stands still while the program runs a slice (the hold),
  // so its clock lags behind by the program's own time.
  const timer = setTimeout(() => limit.abort(), maxTimeMs);
  robot.markProgramStart();
  let outcome: RobotRun;
  try {
    outcome = await runOnRobot(sandbox, {
      robot,
      program,
      maxTimeMs,
      signal: limit.signal,
      ...(target.emulator ? { hold: target.emulator.pacer } : {}),
    });
  } finally {
    clearTimeout(timer);
  }
  const robotMs = robot.time();
  await robot.close();
  target.stop();
  const timeLimit = limit.signal.aborted && outcome.error?.code === 'STOPPED';
  const ok = outcome.ok || timeLimit;
  const body = target.emulator?.robot.body;
  const events = target.emulator?.world.trace.events ?? [];
  const result: RunJson = {
    ok,
    simTimeMs: Math.round(robotMs),
    wallMs: Math.round((now() - started) * 100) / 100,
    pose: body
      ? { x: body.x, y: body.y, headingDeg: body.headingDeg }
      : { x: 0, y: 0, headingDeg: 0 },
    collisions: events.filter((e) => e.type === 'collision').length,
    output: outcome.output,
    error: ok || !outcome.error ? null : outcome.error.toJSON(options.lang),
    traceHash: commandLogHash(robot),
    stoppedBy: timeLimit ? 'time-limit' : ok ? 'done' : 'failed',
    warnings,
  };
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else
    printRunSummary(
      result,
      events,
      options.lang,
      io,
      ok ? null : outcome.error,
      body !== undefined,
    );
  return ok ? EXIT.ok : EXIT.programFailed;
}
