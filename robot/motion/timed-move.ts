/**
 * Timed moves: forward(), backward() and turn() on robots without wheel encoders. Both
 * wheels run at a power for the time the kit's calibrated drive model (drive-model.ts)
 * needs to cover the distance, so the simulator and a real board plan the same move.
 */
import { type KitDrive, powerForWheelSpeed, wheelSpeedAt } from '../kits/drive-model.ts';

/** How a robot's motors take power. */
export interface MotorTraits {
  /** The motors stand still up to the kit's `deadBandPercent` (real DC motors do). */
  deadBand: boolean;
  /** The power is set in whole PWM steps (0..PWM_MAX), as an Arduino's analogWrite does. */
  pwmSteps: boolean;
}

/** Motors on a real (or emulated) board: a dead band, and 255 PWM steps. */
export const BOARD_MOTORS: Readonly<MotorTraits> = { deadBand: true, pwmSteps: true };

/** Largest PWM value of the boards' 8-bit timers: full power. */
export const PWM_MAX = 255;

/** PWM steps per percent of power. */
const PWM_STEPS_PER_PERCENT = PWM_MAX / 100;

/** One timed move: both wheels at these powers for `durationMs`, then both stopped. */
export interface TimedMove {
  /** Wheel powers, percent -100..100. */
  left: number;
  right: number;
  /** How long the wheels run, whole ms, at least 1. */
  durationMs: number;
}

/** The PWM value, 0..PWM_MAX, for `percent` of power (-100..100; the sign is the direction's). */
export function pwmDuty(percent: number): number {
  return Math.round((Math.abs(percent) * PWM_MAX) / 100);
}

/**
 * How far each wheel rolls for an in-place turn of `deg` degrees (positive = left), cm:
 * the arc of half the kit's track width (the right wheel forward, the left one back).
 */
export function turnWheelCm(drive: KitDrive, deg: number): number {
  return ((deg * Math.PI) / 180) * (drive.trackWidthCm / 2);
}

/**
 * The move that drives `wheelCm` cm (negative = backward) straight, or turns in place
 * (`spin`: the left wheel runs backward) by `wheelCm` of wheel travel, at about
 * `powerPercent` (0..100). The duration is whole ms, and the power is trimmed so the
 * nominal distance is exact; on PWM steps it is the nearest step that turns the wheels
 * and the duration is trimmed instead. `null` when there is nothing to drive (0 cm).
 */
export function planTimedMove(
  drive: KitDrive,
  wheelCm: number,
  powerPercent: number,
  spin: boolean,
  motors: MotorTraits,
): TimedMove | null {
  if (wheelCm === 0) return null;
  const { deadBand } = motors;
  const cm = Math.abs(wheelCm);
  const nominal = wheelSpeedAt(drive, powerPercent, deadBand);
  let durationMs = Math.max(1, Math.round((cm / nominal) * 1000));
  let power = Math.min(100, powerForWheelSpeed(drive, (cm * 1000) / durationMs, deadBand));
  if (motors.pwmSteps) {
    const lowestStep = deadBand ? Math.floor(drive.deadBandPercent * PWM_STEPS_PER_PERCENT) + 1 : 1;
    power = Math.max(lowestStep, Math.round(power * PWM_STEPS_PER_PERCENT)) / PWM_STEPS_PER_PERCENT;
    durationMs = Math.max(1, Math.round((cm / wheelSpeedAt(drive, power, deadBand)) * 1000));
  }
  const sign = wheelCm < 0 ? -1 : 1;
  return { left: spin ? -sign * power : sign * power, right: sign * power, durationMs };
}

/** forward(`cm`) (negative = backward) at the kit's move power. */
export function planMove(drive: KitDrive, cm: number, motors: MotorTraits): TimedMove | null {
  return planTimedMove(drive, cm, drive.movePowerPercent, false, motors);
}

/** turn(`deg`) (positive = left) in place at the kit's turn power. */
export function planTurn(drive: KitDrive, deg: number, motors: MotorTraits): TimedMove | null {
  return planTimedMove(drive, turnWheelCm(drive, deg), drive.turnPowerPercent, true, motors);
}
