// The hardware path on the emulated board: host → pin latency, emulation speed, and how
// many tone / servo / motor messages per second the serial line carries. Called by
// `npm run bench` (tests/bench/bench.ts).
import { sleep } from '../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import type { HardwareRobot } from '../../firmware-bridge/bridge/hardware-robot.ts';
import { EmulatedRobot } from '../../firmware-bridge/emulator/emulated-robot.ts';
import { Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import { toneMessage } from '../../firmware-bridge/protocol/mekong-sysex.ts';
import { getKit } from '../../robot/index.ts';
import { builtinWorld, World, type WorldSpec } from '../../simulator/world/index.ts';

const now = () => performance.now();
const WORLD = builtinWorld('playground') as WorldSpec;
const kit = getKit('l298n-2wd');
const LED_PIN = 13;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function connected(
  speed: number | 'max',
): Promise<{ emulator: Emulator; robot: HardwareRobot }> {
  const emulator = new Emulator({ kit, world: WORLD, now, speed });
  const robot = await connectRobot({ kit, transport: emulator.transport(), clock: emulator.clock });
  return { emulator, robot };
}

/** LED toggles through johnny-five: wall and emulated time from the write to the pin edge. */
async function latency(): Promise<{ wall: number[]; emulated: number[] }> {
  const { emulator, robot } = await connected(1);
  const wall: number[] = [];
  const emulated: number[] = [];
  const board = () => emulator.robot.board;
  let queuedAtCycles = 0;
  const send = emulator.robot.sendFromHost.bind(emulator.robot);
  emulator.robot.sendFromHost = (bytes) => {
    queuedAtCycles = board().cpu.cycles;
    send(bytes);
  };
  for (let i = 0; i < 60; i++) {
    const level = i % 2 === 0;
    const edge = new Promise<void>((resolve) => {
      const stop = board().onPinChange(LED_PIN, (high) => {
        if (high !== level) return;
        emulated.push((board().cpu.cycles - queuedAtCycles) / 16_000);
        stop();
        resolve();
      });
    });
    const t0 = now();
    robot.led(level);
    await edge;
    wall.push(now() - t0);
    await sleep(emulator.clock, 7 + (i % 5));
  }
  await robot.close();
  emulator.stop();
  return { wall: wall.slice(10), emulated: emulated.slice(10) };
}

/** Emulated ms per wall ms of a bare MCU + world, its timers counted lazily or every tick. */
function bareSpeed(countEveryTick: boolean): number {
  const bareRobot = new EmulatedRobot({
    kit,
    world: new World(WORLD, { seed: 1, realism: 'ideal' }),
    countEveryTick,
  });
  for (let i = 0; i < 300; i++) bareRobot.stepMs();
  const t0 = now();
  for (let i = 0; i < 2000; i++) bareRobot.stepMs();
  return 2000 / (now() - t0);
}

/** Emulated ms per wall ms, running flat out: bare MCU + world, and with johnny-five attached. */
async function speed(): Promise<{ bare: number; everyTick: number; attached: number }> {
  const bare = bareSpeed(false);
  const everyTick = bareSpeed(true);
  const { emulator, robot } = await connected('max');
  robot.drive(60, 60);
  await sleep(emulator.clock, 300);
  const e0 = emulator.clock.now();
  const w0 = now();
  await sleep(emulator.clock, 3000);
  const attached = (emulator.clock.now() - e0) / (now() - w0);
  await robot.close();
  emulator.stop();
  return { bare, everyTick, attached };
}

/**
 * Messages the board takes per second of board time, sent back to back through
 * firmata-io: tones (8 bytes), servo positions and motor speed changes (3 bytes each).
 */
async function throughput(): Promise<Record<string, number>> {
  const { emulator, robot } = await connected('max');
  const { io, parts } = robot.session;
  const buzzer = 12;
  const count = 200;
  const rate = async (send: (i: number) => void) => {
    await sleep(emulator.clock, 20);
    const start = emulator.clock.now();
    for (let i = 0; i < count; i++) send(i);
    while (emulator.robot.board.pendingHostBytes > 0) await sleep(emulator.clock, 1);
    return Math.round((count * 1000) / (emulator.clock.now() - start));
  };
  const tone = await rate((i) => io.sysexCommand(toneMessage(buzzer, 400 + i, 50)));
  const servo = await rate((i) => parts.servoTo(30 + (i % 120)));
  parts.setPowers(50, 50);
  const motor = await rate((i) => parts.setPowers(40 + (i % 50), 40 + (i % 50)));
  await robot.close();
  emulator.stop();
  return { tone, servo, motor };
}

export async function benchHardware(): Promise<Record<string, number | string>> {
  const lat = await latency();
  const fast = await speed();
  const rates = await throughput();
  return {
    'host → pin latency, LED via johnny-five, wall ms (median)': round(quantile(lat.wall, 0.5)),
    'host → pin latency, wall ms (95th percentile)': round(quantile(lat.wall, 0.95)),
    'host → pin latency, board time ms (median; 3 bytes at 57600 baud)': round(
      quantile(lat.emulated, 0.5),
    ),
    'host → pin latency goal (ms, at the firmware baud)': 3,
    'emulation speed, bare MCU + world (× real time)': round(fast.bare),
    'emulation speed, bare, timers counted every tick as avr8js does (× real time)': round(
      fast.everyTick,
    ),
    'emulation speed, lazy timers / every tick (ratio)': round(fast.bare / fast.everyTick),
    'emulation speed, johnny-five + heartbeat attached (× real time)': round(fast.attached),
    'emulation speed goal (× real time)': 2,
    'tone messages per s (one 8-byte message per beep)': rates.tone ?? 0,
    'servo positions per s (3 bytes each)': rates.servo ?? 0,
    'motor speed changes per s (both motors, 3 bytes each)': rates.motor ?? 0,
    "johnny-five's own Piezo: messages per 200 ms beep": 92,
  };
}
