import type { HardwareRobot } from '../../../firmware-bridge/bridge/hardware-robot.ts';
import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import { type Lang, localize } from '../../../robot/index.ts';
import { runWithRobot } from '../../../robot/program/index.ts';
import { type CliIo, EXIT, loadProgram } from '../../io.ts';
import { loadQuickJs } from '../../quickjs-node.ts';
import { commandLogHash, hardwareTarget } from '../../shared/hardware-target.ts';
import { printRunSummary, type RunJson } from '../../shared/run-report.ts';
import type { RunOptions } from '../../verbs.ts';
import '../../texts/cli-phrases.ts';

/*
 * This verb's words. Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
const TEXT = {
  connecting: {
    en: 'Connecting to the robot on {where}…',
    vi: 'Đang kết nối với robot ở {where}…',
    lo: 'ກຳລັງເຊື່ອມຕໍ່ກັບຫຸ່ນຍົນທີ່ {where}…',
  },
} as const satisfies Record<string, Record<Lang, string>>;

// This verb's words join the registry (tests/robot/i18n/catalogs.test.ts checks every language).
defineCatalog('cli run-hardware', TEXT);

/**
 * `mekong run <program> --port <path> | --emulate`: runs a program on a robot through
 * johnny-five, with the same JSON as `--sim`.
 */
export async function runHardwareCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const [program, quickjs] = await Promise.all([
    loadProgram(programFile, options.lang),
    loadQuickJs(),
  ]);
  const target = await hardwareTarget(options, now);
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
    throw error;
  }
  const limit = new AbortController();
  const cancelLimit = target.clock.setTimer(options.maxTime * 1000, () => limit.abort());
  robot.markProgramStart();
  let outcome: Awaited<ReturnType<typeof runWithRobot>>;
  try {
    outcome = await runWithRobot({
      quickjs,
      ...program,
      robot,
      now,
      signal: limit.signal,
      ...(options.json ? {} : { onLog: (_level, text) => io.stdout.write(`${text}\n`) }),
    });
  } finally {
    cancelLimit();
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
