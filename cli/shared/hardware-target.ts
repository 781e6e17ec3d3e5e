// Where a hardware verb (`mekong run --port/--emulate`, `mekong doctor`) connects: a robot on
// a serial port, or our firmware on an emulated board in a world.
import { type Clock, wallClock } from '../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../firmware-bridge/bridge/hardware-robot.ts';
import { EMULATED_REALISM, Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import {
  SerialTransport,
  serialPortPresent,
} from '../../firmware-bridge/transport/serial-transport.ts';
import { type Kit, MekongError, phrase, type TextParam } from '../../robot/index.ts';
import {
  DEFAULT_WORLD_ID,
  type Realism,
  TraceHasher,
  type WorldSpec,
} from '../../simulator/world/index.ts';
import { DEFAULT_SEED } from '../defaults.ts';
import { loadKit, loadWorld } from '../io.ts';

/** The options that say where a hardware verb connects. */
export interface HardwareOptions {
  /** Serial port of a real robot. */
  port?: string;
  /** Run on the emulated board instead. */
  emulate?: boolean;
  /** Kit id or kit file. */
  kit: string;
  /** The emulated board's world: a builtin id or a world file. */
  world?: string;
  /** Seed of the emulated world's classroom realism. */
  seed?: number;
  realism?: Realism;
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
  options: HardwareOptions,
  now: () => number,
): Promise<HardwareTarget> {
  if (Boolean(options.port) === Boolean(options.emulate)) {
    throw new MekongError('BAD_OPTION', {
      option: '--port / --emulate',
      value: options.port ? phrase('portAndEmulate', { port: options.port }) : phrase('neither'),
      expected: phrase('portOrEmulate'),
    });
  }
  const kit = await loadKit(options.kit);
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
  const world: WorldSpec = await loadWorld(options.world ?? DEFAULT_WORLD_ID);
  const emulator = new Emulator({
    kit,
    world,
    seed: options.seed ?? DEFAULT_SEED,
    realism: options.realism ?? EMULATED_REALISM,
    now,
  });
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
