/**
 * What a body's sensors read in the world, with the world's realism noise: shared by
 * SimRobot (a program's calls) and the emulator (pin levels for the firmware), so both
 * hear the same echo and see the same floor. Each reading draws from the body's rng.
 */
import {
  inUltrasonicRange,
  type LineSensorSpec,
  type LineSpec,
  moduleReflectance,
  ultrasonicReading,
} from '../../robot/index.ts';
import type { Vec } from './geometry.ts';
import type { SimBody } from './sim-body.ts';
import type { World } from './world.ts';

/** Scratch for a line sensor's spot on the floor, world cm. */
const spot: Vec = { x: 0, y: 0 };

/** The ultrasonic sensor's reading, cm: the true distance plus noise; Infinity out of range. */
export function readUltrasonic(world: World, body: SimBody): number {
  const real = world.realismSpec;
  let d = world.trueUltrasonicDistance(body);
  if (!inUltrasonicRange(d)) return Number.POSITIVE_INFINITY;
  const sd = real.ultrasonicNoiseCm + real.ultrasonicNoiseFraction * d;
  if (sd > 0) d += body.rng.gaussian(sd);
  return ultrasonicReading(d);
}

/** Floor reflectance under `sensor`, with noise, 0..1 (what an analog module sees). */
export function floorReflectance(world: World, body: SimBody, sensor: LineSensorSpec): number {
  const noise = world.realismSpec.lineNoise;
  const p = body.toWorldInto(sensor.x, sensor.y, spot);
  const raw = world.floorAt(p.x, p.y);
  return noise > 0 ? Math.max(0, Math.min(1, raw + body.rng.gaussian(noise))) : raw;
}

/** What the module of `sensor` reports: floorReflectance, or 0/1 on a digital module. */
export function readReflectance(
  world: World,
  body: SimBody,
  spec: LineSpec,
  sensor: LineSensorSpec,
): number {
  return moduleReflectance(spec, floorReflectance(world, body, sensor));
}
