/**
 * How a kit's motors turn power into wheel speed, and back: the one model that the
 * simulator's motors follow and that both robots use to time forward() and turn(). Pure
 * arithmetic on the kit's calibrated `drive` numbers, so both worlds agree to the bit.
 */
import type { Kit } from './kit-schema.ts';

export type KitDrive = Kit['drive'];

/**
 * Wheel surface speed, cm/s (signed like `power`), of a motor at `power` percent
 * (-100..100, clamped). With `deadBand` the motor stands still up to the kit's
 * `deadBandPercent` and reaches `maxSpeedCmPerS` at 100 %, linear in between (real DC
 * motors: friction holds them below a minimum voltage); without it speed is proportional
 * to power.
 */
export function wheelSpeedAt(drive: KitDrive, power: number, deadBand: boolean): number {
  const { maxSpeedCmPerS, deadBandPercent } = drive;
  const p = Math.max(-100, Math.min(100, power));
  if (!deadBand) return (maxSpeedCmPerS * p) / 100;
  const mag = Math.abs(p);
  if (mag <= deadBandPercent) return 0;
  const v = (maxSpeedCmPerS * (mag - deadBandPercent)) / (100 - deadBandPercent);
  return p < 0 ? -v : v;
}

/**
 * The power, percent 0..100, that gives wheel speed `|speed|` cm/s: the inverse of
 * `wheelSpeedAt` (speeds above `maxSpeedCmPerS` give 100).
 */
export function powerForWheelSpeed(drive: KitDrive, speed: number, deadBand: boolean): number {
  const { maxSpeedCmPerS, deadBandPercent } = drive;
  const f = Math.min(1, Math.abs(speed) / maxSpeedCmPerS);
  if (!deadBand) return f * 100;
  return deadBandPercent + f * (100 - deadBandPercent);
}
