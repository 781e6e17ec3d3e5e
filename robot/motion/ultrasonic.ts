/** The ultrasonic range sensor (HC-SR04 and its one-pin cousins): what it can see. */

/**
 * Nearest and farthest distance the sensor reports, cm (HC-SR04 datasheet: 2 cm to 4 m).
 * Nearer echoes read as `min`; farther ones are not heard.
 */
export const ULTRASONIC_RANGE_CM = { min: 2, max: 400 } as const;

/** Half-angle of the sensor's cone, degrees (datasheet: "effectual angle < 15°"). */
export const ULTRASONIC_HALF_ANGLE_DEG = 15;

/** Whether an echo from `cm` away is heard (`Infinity`: nothing there). */
export function inUltrasonicRange(cm: number): boolean {
  return cm <= ULTRASONIC_RANGE_CM.max;
}

/**
 * What `distance()` returns for something `cm` away: `Infinity` out of range, at least
 * `ULTRASONIC_RANGE_CM.min` otherwise, cm.
 */
export function ultrasonicReading(cm: number): number {
  return inUltrasonicRange(cm) ? Math.max(ULTRASONIC_RANGE_CM.min, cm) : Number.POSITIVE_INFINITY;
}
