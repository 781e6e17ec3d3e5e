/// <reference lib="webworker" />
// The emulated robot's worker: avr8js runs our committed firmware hex, the kit's parts
// (motors, HC-SR04, line sensors, LEDs, buzzer, servo) on its pins drive a body in a
// world of its own, and its serial line is the messages of emulator-protocol.ts. The
// page's johnny-five talks to it as it would to a USB board (emulated-port.ts).
import '../no-eval.ts';
import { eepromWithIdentity } from '../../../firmware-bridge/emulator/avr-harness.ts';
import { EMULATED_REALISM } from '../../../firmware-bridge/emulator/emulated-realism.ts';
import { EmulatedRobot } from '../../../firmware-bridge/emulator/emulated-robot.ts';
import { EmulatorClock } from '../../../firmware-bridge/emulator/emulator-clock.ts';
import { snapshotWorld } from '../../render/snapshot.ts';
import { World } from '../../world/world.ts';
import type { FromEmulator, ToEmulator } from './emulator-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromEmulator, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** Longest run of emulation before the worker reads its messages, wall ms. */
const SLICE_MS = 4;
/** Lag behind real time given up rather than caught up, emulated ms. */
const MAX_LAG_MS = 100;
/** The world is sent to be drawn (and read by tests) this often, emulated ms. */
const SNAPSHOT_EVERY_MS = 20;
/** Where optiboot sits in an Uno's flash, bytes. */
const OPTIBOOT_BYTE_ADDRESS = 0x7e00;

let robot: EmulatedRobot | undefined;
/** Host writes waiting for their emulated ms; a closed port loses them, as a cable does. */
const pendingWrites = new Set<() => void>();
/** The host's serial speed, baud. */
let hostBaud = 0;
const clock = new EmulatorClock();
let granted = Number.POSITIVE_INFINITY;
let out: number[] = [];
let wallStart = 0;
let emulatedStart = 0;
let lastSnapshot = Number.NEGATIVE_INFINITY;
let scheduled = false;
// A zero-delay turn of the event loop (setTimeout would be clamped to 4 ms).
const turn = new MessageChannel();
turn.port1.onmessage = () => slice();

scope.onmessage = (event: MessageEvent<ToEmulator>) => {
  try {
    handle(event.data);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

function handle(message: ToEmulator): void {
  switch (message.type) {
    case 'start': {
      const world = new World(message.world, { seed: message.seed, realism: EMULATED_REALISM });
      robot = new EmulatedRobot({
        kit: message.kit,
        world,
        ...(message.pose ? { pose: message.pose } : {}),
        ...(message.identity
          ? { eeprom: eepromWithIdentity(message.identity.name, message.identity.kitId) }
          : {}),
        ...(message.bootloader
          ? { hex: message.bootloader, bootByteAddress: OPTIBOOT_BYTE_ADDRESS }
          : {}),
      });
      granted = message.lockstep ? 0 : Number.POSITIVE_INFINITY;
      wallStart = performance.now();
      emulatedStart = 0;
      schedule(0);
      return;
    }
    case 'open': {
      if (!robot) return;
      const board = robot;
      hostBaud = message.baud;
      dropPendingWrites();
      board.reset();
      out = [];
      board.onSerialOut = (byte) => out.push(garbled(board, byte));
      return;
    }
    case 'close':
      if (robot) robot.onSerialOut = null;
      dropPendingWrites();
      out = [];
      return;
    case 'write': {
      const { bytes, at } = message;
      const now = clock.now();
      const deliver = () => robot?.sendFromHost(bytes.map((byte) => garbled(robot, byte)));
      if (at <= now) {
        deliver();
        return;
      }
      const cancel = clock.setTimer(at - now, () => {
        pendingWrites.delete(cancel);
        deliver();
      });
      pendingWrites.add(cancel);
      return;
    }
    case 'grant': {
      const wasHeld = robot !== undefined && robot.elapsedMs >= granted;
      granted = Math.max(granted, message.until);
      // Held, the board fell behind real time; it catches up (MAX_LAG_MS at most).
      if (wasHeld) schedule(0);
      return;
    }
  }
}

function dropPendingWrites(): void {
  for (const cancel of pendingWrites) cancel();
  pendingWrites.clear();
}

/**
 * A byte as the other end reads it: nonsense when the two UARTs' speeds differ (how a
 * flasher finds which bootloader a board has). Only on a board with a bootloader: our
 * firmware alone has nothing to tell apart, and bytes queued while it starts must keep.
 */
function garbled(board: EmulatedRobot | undefined, byte: number): number {
  return board?.board.spm && !board.board.speaksAt(hostBaud) ? byte ^ 0x5a : byte;
}

function schedule(delayMs: number): void {
  if (scheduled) return;
  scheduled = true;
  if (delayMs <= 0) turn.port2.postMessage(null);
  else setTimeout(slice, delayMs);
}

function slice(): void {
  scheduled = false;
  if (!robot) return;
  const started = performance.now();
  const target = emulatedStart + (started - wallStart);
  const limit = Math.min(target, granted);
  const sentBefore = out.length;
  while (robot.elapsedMs + 1 <= limit) {
    robot.stepMs();
    const fired = clock.advanceTo(robot.elapsedMs);
    if (fired || out.length > sentBefore || performance.now() - started >= SLICE_MS) break;
    if (robot.elapsedMs - lastSnapshot >= SNAPSHOT_EVERY_MS) break;
  }
  const held = robot.elapsedMs >= granted;
  const drawn = robot.elapsedMs - lastSnapshot >= SNAPSHOT_EVERY_MS;
  if (out.length > 0 || held || drawn) {
    if (drawn) lastSnapshot = robot.elapsedMs;
    const bytes = out.length > 0 ? Uint8Array.from(out) : null;
    out = [];
    post(
      {
        type: 'slice',
        ms: robot.elapsedMs,
        bytes,
        snapshot: drawn ? snapshotWorld(robot.world) : null,
      },
      bytes ? [bytes.buffer] : [],
    );
  }
  if (held) return;
  const lag = emulatedStart + (performance.now() - wallStart) - robot.elapsedMs;
  if (lag > MAX_LAG_MS) emulatedStart -= lag - MAX_LAG_MS;
  schedule(lag >= 1 ? 0 : 1);
}
