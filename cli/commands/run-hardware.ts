import { type Clock, wallClock } from '../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../firmware-bridge/bridge/hardware-robot.ts';
import { EMULATED_REALISM, Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import {
  SerialTransport,
  serialPortPresent,
} from '../../firmware-bridge/transport/serial-transport.ts';
import { defineCatalog } from '../../robot/i18n/catalog.ts';
import {
  DEFAULT_KIT_ID,
  type Kit,
  LANGS,
  type Lang,
  localize,
  MekongError,
  phrase,
  type TextParam,
} from '../../robot/index.ts';
import { runWithRobot } from '../../robot/program/index.ts';
import {
  DEFAULT_WORLD_ID,
  REALISM_LEVELS,
  type Realism,
  TraceHasher,
  type WorldSpec,
} from '../../simulator/world/index.ts';
import {
  type CliIo,
  choiceOption,
  EXIT,
  intOption,
  loadKit,
  loadProgram,
  loadWorld,
  numberOption,
} from '../io.ts';
import { loadQuickJs } from '../quickjs-node.ts';
import { printRunSummary, type RunJson, type RunOptions } from './run.ts';
import '../texts/cli-phrases.ts';

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

// This verb's words join the registry (tests/texts/catalogs.test.ts checks every language).
defineCatalog('cli run-hardware', TEXT);

export interface HardwareOptions {
  /** Serial port of a real robot. */
  port?: string;
  /** Run on the emulated board instead. */
  emulate?: boolean;
}

/** Where a hardware verb connects: a real port, or an emulated board in a world. */
export interface HardwareTarget {
  /** Shown to the user: the port path, or "emulated uno (l298n-2wd)". */
  where: TextParam;
  kit: Kit;
  clock: Clock;
  /** Set with --emulate. */
  emulator: Emulator | null;
  /** Connects (again); `reconnect` polls for the port after an unplug. */
  connect(reconnect: boolean): Promise<HardwareRobot>;
  /** Stops the emulator, if any. */
  stop(): void;
}

/** Checks --port/--emulate (exactly one) and prepares the connection. */
export async function hardwareTarget(
  options: HardwareOptions & { kit?: string; world?: string; seed?: string; realism?: string },
  now: () => number,
): Promise<HardwareTarget> {
  if (Boolean(options.port) === Boolean(options.emulate)) {
    throw new MekongError('BAD_OPTION', {
      option: '--port / --emulate',
      value: options.port ? phrase('portAndEmulate', { port: options.port }) : phrase('neither'),
      expected: phrase('portOrEmulate'),
    });
  }
  const kit = await loadKit(options.kit ?? DEFAULT_KIT_ID);
  const port = options.port;
  if (port) {
    const clock = wallClock(now);
    return {
      where: port,
      kit,
      clock,
      emulator: null,
      connect: (reconnect) =>
        connectRobot({
          kit,
          clock,
          transport: () => new SerialTransport(port),
          ...(reconnect ? { reconnect: { available: () => serialPortPresent(port) } } : {}),
        }),
      stop: () => undefined,
    };
  }
  const realism: Realism = choiceOption(
    '--realism',
    options.realism ?? EMULATED_REALISM,
    REALISM_LEVELS,
  );
  const seed = intOption('--seed', options.seed ?? '1', 0, 2 ** 31 - 1);
  const world: WorldSpec = await loadWorld(options.world ?? DEFAULT_WORLD_ID);
  const emulator = new Emulator({ kit, world, seed, realism, now });
  return {
    where: phrase('emulatedBoard', { board: kit.board, kit: kit.id }),
    kit,
    clock: emulator.clock,
    emulator,
    connect: () =>
      connectRobot({ kit, clock: emulator.clock, transport: () => emulator.transport() }),
    stop: () => emulator.stop(),
  };
}

/** Hash of the robot calls of a run: the hardware path's trace hash. */
export function commandLogHash(robot: HardwareRobot): string {
  const hasher = new TraceHasher();
  for (const entry of robot.commandLog) hasher.add(JSON.stringify(entry));
  return hasher.hex();
}

/**
 * `mekong run <program> --port <path> | --emulate`: runs a program on a robot through
 * johnny-five, with the same JSON as `--sim`.
 */
export async function runHardwareCommand(
  programFile: string,
  options: RunOptions & HardwareOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  choiceOption('--lang', options.lang, LANGS);
  const maxTimeS = numberOption('--max-time', options.maxTime ?? '60', 0.001, 3600);
  const [program, quickjs] = await Promise.all([loadProgram(programFile), loadQuickJs()]);
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
  const cancelLimit = target.clock.setTimer(maxTimeS * 1000, () => limit.abort());
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
