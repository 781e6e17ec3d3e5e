/** What every virtual device wired to the emulated board gets: board, world, body, kit. */
import { BOARDS, type Kit, type KitPin, pinNumber } from '../../robot/index.ts';
import type { SimBody, World } from '../../simulator/world/index.ts';
import type { EmulatedBoard } from './avr-harness.ts';

export interface DeviceContext {
  readonly board: EmulatedBoard;
  readonly world: World;
  readonly body: SimBody;
  readonly kit: Kit;
}

/**
 * A peripheral of the robot, wired to MCU pins. `beforeStep` runs after each emulated ms
 * (pins → body: motors, LED, buzzer, servo); `afterStep` after the world stepped (world →
 * pins: sensors, button).
 */
export interface VirtualDevice {
  beforeStep?(): void;
  afterStep?(): void;
  detach(): void;
}

/** Builds the device for one kit part, or null when the kit lacks that part. */
export type DeviceFactory = (context: DeviceContext) => VirtualDevice | null;

/** Arduino digital number of a kit pin ('A0' → 14 on an Uno). */
export function pinOf(kit: Kit, pin: KitPin): number {
  const n = pinNumber(kit.board, pin);
  if (n === undefined)
    throw new Error(`kit ${kit.id}: pin ${pin} does not exist on a ${kit.board}`);
  return n;
}

/** ADC channel of an analog kit pin ('A7' → 7); throws for a pin without one. */
export function analogChannelOf(kit: Kit, pin: KitPin): number {
  const info = BOARDS[kit.board];
  const channel = pinOf(kit, pin) - info.analogBase;
  if (channel < 0 || channel >= info.analogCount)
    throw new Error(`kit ${kit.id}: pin ${pin} is not an analog pin of a ${kit.board}`);
  return channel;
}

/** Supply voltage of the boards, volts. */
export const VCC = 5;
