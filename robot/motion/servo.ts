/** The pan servo that carries the ultrasonic sensor (an SG90 on every classroom kit). */

/** Servo angle that points the sensor straight ahead, degrees; where a board starts it. */
export const SERVO_AHEAD_DEG = 90;

/** Sweep speed (SG90 at 5 V: 0.1 s per 60°), degrees per ms. */
export const SERVO_DEG_PER_MS = 0.6;

/** The servo turns from 0° to this many degrees. */
export const SERVO_SWEEP_DEG = 180;

/**
 * Pulse widths for 0° and SERVO_SWEEP_DEG, µs: the Arduino Servo library's, and our
 * firmware's. The pulse grows linearly with the angle in between.
 */
export const SERVO_PULSE_RANGE_US: readonly [number, number] = [544, 2400];

/** The pulse width that turns the servo to `deg` (0..SERVO_SWEEP_DEG), µs (not rounded). */
export function servoPulseUs(deg: number): number {
  const [min, max] = SERVO_PULSE_RANGE_US;
  return min + (deg / SERVO_SWEEP_DEG) * (max - min);
}

/** How long the servo takes to turn from `fromDeg` to `toDeg` (0..180), ms (not rounded). */
export function servoTravelMs(fromDeg: number, toDeg: number): number {
  return Math.abs(toDeg - fromDeg) / SERVO_DEG_PER_MS;
}
