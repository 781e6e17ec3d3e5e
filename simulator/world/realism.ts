/**
 * How far the simulator departs from an ideal robot. `ideal` is exact (for checking
 * maths); `classroom` brings the sim-to-real gap of donated kits on purpose, seeded, so a
 * graded solution must be robust rather than lucky.
 */
export interface RealismSpec {
  /** Motors do not turn below the kit's dead-band power. */
  deadBand: boolean;
  /** Standard deviation of each wheel's speed gain (0.03 = 3 %); clipped at 3 sd. */
  motorGainSd: number;
  /** First-order motor time constant, ms (0 = instant). */
  motorLagMs: number;
  /** Ultrasonic noise: sd in cm plus a fraction of the distance. */
  ultrasonicNoiseCm: number;
  ultrasonicNoiseFraction: number;
  /** Line sensor raw reading noise, sd (0..1 scale). */
  lineNoise: number;
  /** Largest servo mounting error, degrees (seeded per robot). */
  servoOffsetMaxDeg: number;
}

export const REALISM = {
  ideal: {
    deadBand: false,
    motorGainSd: 0,
    motorLagMs: 0,
    ultrasonicNoiseCm: 0,
    ultrasonicNoiseFraction: 0,
    lineNoise: 0,
    servoOffsetMaxDeg: 0,
  },
  classroom: {
    deadBand: true,
    motorGainSd: 0.01,
    motorLagMs: 40,
    ultrasonicNoiseCm: 0.4,
    ultrasonicNoiseFraction: 0.01,
    lineNoise: 0.04,
    servoOffsetMaxDeg: 3,
  },
} as const satisfies Record<string, RealismSpec>;

export type Realism = keyof typeof REALISM;

export const REALISM_LEVELS = Object.keys(REALISM) as Realism[];

export function isRealism(value: unknown): value is Realism {
  return typeof value === 'string' && value in REALISM;
}
