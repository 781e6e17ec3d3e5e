/** Shared set-ups for the hardware-path tests: emulated robots and scripted fake boards. */
import { onTestFinished } from 'vitest';
import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../firmware-bridge/bridge/hardware-robot.ts';
import { eepromWithIdentity } from '../../firmware-bridge/emulator/avr-harness.ts';
import {
  EMULATED_REALISM,
  Emulator,
  type EmulatorOptions,
} from '../../firmware-bridge/emulator/emulator.ts';
import type { EmulatorTransport } from '../../firmware-bridge/emulator/emulator-transport.ts';
import { Transport } from '../../firmware-bridge/transport/transport.ts';
import { getKit } from '../../robot/index.ts';
import { builtinWorld, parseWorld, REALISM, type WorldSpec } from '../../simulator/world/index.ts';

export { eepromWithIdentity };

/** After this long a stopped robot has come to rest in the emulated board's world, ms. */
export const MOTOR_REST_MS = 5 * REALISM[EMULATED_REALISM].motorLagMs;

export const PLAYGROUND = builtinWorld('playground') as WorldSpec;

/** An empty 400 × 300 cm arena. */
export const EMPTY_WORLD = parseWorld(
  { size: { width: 400, height: 300 }, start: { x: 100, y: 150 } },
  'empty.json',
);

/** An emulator for a builtin kit, as fast as the CPU allows (robot time is emulated time). */
export function emulatorFor(
  kitId: string,
  options: Partial<Omit<EmulatorOptions, 'kit'>> = {},
): Emulator {
  return new Emulator({
    kit: getKit(kitId),
    world: EMPTY_WORLD,
    now: () => performance.now(),
    speed: 'max',
    ...options,
  });
}

/** A HardwareRobot connected to a fresh emulated board; `transport` is the link (to unplug). */
export async function emulatedRobot(
  kitId: string,
  options: Partial<Omit<EmulatorOptions, 'kit'>> = {},
): Promise<{
  emulator: Emulator;
  transport: EmulatorTransport;
  robot: HardwareRobot;
  close(): Promise<void>;
}> {
  const emulator = emulatorFor(kitId, options);
  const transport = emulator.transport();
  const robot = await connectRobot({
    kit: emulator.robot.kit,
    transport,
    clock: emulator.clock,
  }).catch((error: unknown) => {
    emulator.stop();
    throw error;
  });
  return {
    emulator,
    transport,
    robot,
    close: async () => {
      await robot.close();
      emulator.stop();
    },
  };
}

/** `emulatedRobot` for the current test: the robot and its board close when the test ends. */
export async function robotForTest(
  kitId: string,
  options: Partial<Omit<EmulatorOptions, 'kit'>> = {},
): ReturnType<typeof emulatedRobot> {
  const connected = await emulatedRobot(kitId, options);
  onTestFinished(connected.close);
  return connected;
}

/**
 * A board that is not running Firmata, scripted: `answer` gets every host write and may
 * send bytes back; `boot` bytes come right after the port opens.
 */
export class ScriptedBoard extends Transport {
  readonly description: string;
  readonly written: number[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    description: string,
    private readonly script: {
      boot?: number[];
      /** Bytes sent again every `everyMs` (a sketch that keeps printing). */
      repeat?: { bytes: number[]; everyMs: number };
      answer?: (bytes: number[]) => number[];
    },
  ) {
    super();
    this.description = description;
  }

  protected async openLink(): Promise<void> {
    const { boot, repeat } = this.script;
    setImmediate(() => {
      if (boot) this.received(Buffer.from(boot));
    });
    if (repeat)
      this.timer = setInterval(() => this.received(Buffer.from(repeat.bytes)), repeat.everyMs);
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    this.written.push(...data);
    const reply = this.script.answer?.([...data]);
    if (reply?.length) setImmediate(() => this.received(Buffer.from(reply)));
    callback?.(null);
  }

  protected async closeLink(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
  }
}

/** Deterministic pseudo-random bytes (mulberry32). */
export function seededBytes(seed: number, count: number): number[] {
  let state = seed >>> 0;
  const bytes: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes.push(((t ^ (t >>> 14)) >>> 0) & 0xff);
  }
  return bytes;
}
