/**
 * The IR line sensors: floor reflectance (0 = black .. 1 = white) → what a program reads
 * and what the module puts on its pin, both ways, from the kit's `lineSensors` entry.
 */

import type { Kit } from '../kits/kit-schema.ts';
import type { LineRawReading, LineReading } from '../robot.ts';

/** A kit's line sensors (kit `lineSensors`). */
export type LineSpec = NonNullable<Kit['lineSensors']>;
/** One sensor of them: its id, pin and mount. */
export type LineSensorSpec = LineSpec['sensors'][number];
export type LineSensorId = LineSensorSpec['id'];

/** One value per line sensor, by id; `center` only on kits that have one. */
export interface LineValues<T> {
  left: T;
  right: T;
  center?: T;
}

/** Whether reflectance `raw` (0..1) counts as a dark line under the kit's `threshold`. */
export function isDark(raw: number, threshold: number): boolean {
  return raw < threshold;
}

/**
 * `read(sensor)` for every sensor of `spec`, keyed by id in the kit's order (the order
 * a program prints them in, and the order noise is drawn in). Throws without `spec`:
 * checkCall has refused line calls on such a kit already.
 */
export function lineValues<T>(
  spec: LineSpec | undefined,
  read: (sensor: LineSensorSpec, spec: LineSpec) => T,
): LineValues<T> {
  const out: Partial<LineValues<T>> = {};
  if (spec) for (const sensor of spec.sensors) out[sensor.id] = read(sensor, spec);
  if (!hasLeftAndRight(out))
    throw new Error('line sensors need a left and a right one (see kit-schema.ts)');
  return out;
}

function hasLeftAndRight<T>(values: Partial<LineValues<T>>): values is LineValues<T> {
  return values.left !== undefined && values.right !== undefined;
}

/** `lineRaw()` of the sensors: `reflectance` of each (0..1). */
export function lineRawOf(
  spec: LineSpec | undefined,
  reflectance: (sensor: LineSensorSpec, spec: LineSpec) => number,
): LineRawReading {
  return lineValues(spec, reflectance);
}

/** `line()` of the sensors: which see a dark line, from the `reflectance` of each (0..1). */
export function lineOf(
  spec: LineSpec | undefined,
  reflectance: (sensor: LineSensorSpec, spec: LineSpec) => number,
): LineReading {
  return lineValues(spec, (sensor, s) => isDark(reflectance(sensor, s), s.threshold));
}

/**
 * What the module reports as reflectance: analog modules the reflectance itself, digital
 * ones 0 over a dark line and 1 elsewhere.
 */
export function moduleReflectance(spec: LineSpec, reflectance: number): number {
  if (spec.output !== 'digital') return reflectance;
  return isDark(reflectance, spec.threshold) ? 0 : 1;
}

/**
 * The module's output pin over floor reflectance `reflectance`, as a fraction of the
 * supply (0..1): a digital module's level (0 or 1), an analog module's voltage.
 */
export function lineOutputLevel(spec: LineSpec, reflectance: number): number {
  if (spec.output === 'digital')
    return isDark(reflectance, spec.threshold) === spec.darkIsHigh ? 1 : 0;
  return spec.darkIsHigh ? 1 - reflectance : reflectance;
}

/**
 * The reflectance (0..1) a program reads from the module's output `level` (fraction of the
 * supply, 0..1; a digital pin reads 0 or 1): the inverse of lineOutputLevel.
 */
export function reflectanceOfLevel(spec: LineSpec, level: number): number {
  if (spec.output === 'digital') return (level === 1) === spec.darkIsHigh ? 0 : 1;
  return spec.darkIsHigh ? 1 - level : level;
}
