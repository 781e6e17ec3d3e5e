import { describe, expect, it } from 'vitest';
import {
  BOARD_MOTORS,
  DEFAULT_KIT_ID,
  getKit,
  inUltrasonicRange,
  isDark,
  type LineSpec,
  lineOf,
  lineOutputLevel,
  lineRawOf,
  moduleReflectance,
  planMove,
  planTimedMove,
  planTurn,
  pwmDuty,
  reflectanceOfLevel,
  SERVO_AHEAD_DEG,
  servoPulseUs,
  servoTravelMs,
  turnWheelCm,
  ULTRASONIC_HALF_ANGLE_DEG,
  ultrasonicReading,
} from '../../../robot/index.ts';

// 45 cm/s at 100 %, dead band 25 %, moves at 60 %, turns at 50 %, track 13.5 cm.
const { drive } = getKit('l298n-2wd');
const IDEAL = { deadBand: false, pwmSteps: false };
const DEAD_BAND = { deadBand: true, pwmSteps: false };

describe('timed moves (robot/motion/timed-move.ts)', () => {
  it('ideal motors: 27 cm/s at 60 %, so 30 cm take 1111 ms at a power trimmed to fit', () => {
    const plan = planMove(drive, 30, IDEAL);
    expect(plan?.durationMs).toBe(1111);
    expect(plan?.left).toBeCloseTo(60.006, 3);
    expect(plan?.right).toBe(plan?.left);
  });

  it('with the dead band the same move runs at 21 cm/s: 1429 ms', () => {
    const plan = planMove(drive, 30, DEAD_BAND);
    expect(plan?.durationMs).toBe(1429);
    expect(plan?.left).toBeCloseTo(59.9895, 4);
  });

  it('on a board the power is a whole PWM step (153 of 255 = 60 %), backward by sign', () => {
    expect(planMove(drive, 30, BOARD_MOTORS)).toEqual({
      left: 153 / 2.55,
      right: 153 / 2.55,
      durationMs: 1429,
    });
    expect(planMove(drive, -30, BOARD_MOTORS)).toEqual({
      left: -153 / 2.55,
      right: -153 / 2.55,
      durationMs: 1429,
    });
  });

  it('a turn rolls each wheel along half the track width; left = counter-clockwise', () => {
    expect(turnWheelCm(drive, 180)).toBeCloseTo(Math.PI * 6.75, 12);
    const left = planTurn(drive, 90, BOARD_MOTORS);
    // 10.60 cm at 50 % (15 cm/s) → 49.99 %, nearest step 127 → 14.88 cm/s for 712 ms.
    expect(left).toEqual({ left: -127 / 2.55, right: 127 / 2.55, durationMs: 712 });
    expect(planTurn(drive, -90, BOARD_MOTORS)).toEqual({
      left: 127 / 2.55,
      right: -127 / 2.55,
      durationMs: 712,
    });
    expect(planTurn(drive, 90, DEAD_BAND)?.durationMs).toBe(707);
    expect(planTurn(drive, 90, IDEAL)?.durationMs).toBe(471);
  });

  it('never runs a PWM step inside the dead band (mbot: 20 % = step 51 stands still)', () => {
    const slow = { ...getKit('mbot').drive, movePowerPercent: 20.1 };
    expect(planMove(slow, 1, BOARD_MOTORS)?.left).toBe(52 / 2.55);
  });

  it('plans nothing for 0 cm, and at least 1 ms for any distance', () => {
    expect(planMove(drive, 0, BOARD_MOTORS)).toBeNull();
    expect(planTurn(drive, 0, IDEAL)).toBeNull();
    expect(planTimedMove(drive, 0.001, 60, false, IDEAL)?.durationMs).toBe(1);
  });

  it('PWM duty is 0..255 for 0..100 % either way', () => {
    expect(pwmDuty(100)).toBe(255);
    expect(pwmDuty(-100)).toBe(255);
    expect(pwmDuty(50)).toBe(128);
    expect(pwmDuty(0)).toBe(0);
  });
});

describe('the pan servo (robot/motion/servo.ts)', () => {
  it('points ahead at 90° and sweeps 60° in 100 ms', () => {
    expect(SERVO_AHEAD_DEG).toBe(90);
    expect(servoTravelMs(SERVO_AHEAD_DEG, 30)).toBe(100);
    expect(servoTravelMs(0, 180)).toBe(300);
  });

  it('takes 544 µs pulses at 0° and 2400 µs at 180°', () => {
    expect(servoPulseUs(0)).toBe(544);
    expect(servoPulseUs(90)).toBe(1472);
    expect(servoPulseUs(180)).toBe(2400);
  });
});

describe('the ultrasonic sensor (robot/motion/ultrasonic.ts)', () => {
  it('reads 2..400 cm: nearer reads 2, farther or nothing reads Infinity', () => {
    expect(ultrasonicReading(0.5)).toBe(2);
    expect(ultrasonicReading(123.4)).toBe(123.4);
    expect(ultrasonicReading(400)).toBe(400);
    expect(ultrasonicReading(400.01)).toBe(Number.POSITIVE_INFINITY);
    expect(ultrasonicReading(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(inUltrasonicRange(400)).toBe(true);
    expect(inUltrasonicRange(Number.NaN)).toBe(false);
  });

  it('has a 30° cone', () => {
    expect(2 * ULTRASONIC_HALF_ANGLE_DEG).toBe(30);
  });
});

describe('line sensors (robot/motion/line-sensors.ts)', () => {
  const digital = getKit('l298n-2wd').lineSensors as LineSpec; // left, center, right; dark = LOW
  const analog = getKit('l9110s-nano').lineSensors as LineSpec; // left, right; dark = HIGH

  it('a reflectance below the threshold is a dark line', () => {
    expect(isDark(0.49, 0.5)).toBe(true);
    expect(isDark(0.5, 0.5)).toBe(false);
  });

  it('readings keep the kit order of the sensors, typed as the student API', () => {
    const raw = lineRawOf(digital, (sensor) => ({ left: 0.1, center: 0.6, right: 0.9 })[sensor.id]);
    expect(Object.keys(raw)).toEqual(['left', 'center', 'right']);
    const dark = lineOf(digital, (sensor) => ({ left: 0.1, center: 0.6, right: 0.9 })[sensor.id]);
    expect(dark).toEqual({ left: true, center: false, right: false });
    expect(Object.keys(lineOf(analog, () => 0))).toEqual(['left', 'right']);
    expect(() => lineOf(undefined, () => 0)).toThrow(/left and a right/);
  });

  it('digital modules report 0 over a line and 1 elsewhere; analog ones the reflectance', () => {
    expect(moduleReflectance(digital, 0.3)).toBe(0);
    expect(moduleReflectance(digital, 0.7)).toBe(1);
    expect(moduleReflectance(analog, 0.3)).toBe(0.3);
  });

  it('pin levels: a dark line pulls a darkIsHigh=false module LOW, raises an analog darkIsHigh one', () => {
    expect(lineOutputLevel(digital, 0.1)).toBe(0);
    expect(lineOutputLevel(digital, 0.9)).toBe(1);
    expect(lineOutputLevel(analog, 0.2)).toBeCloseTo(0.8, 12);
    expect(lineOutputLevel({ ...digital, darkIsHigh: true }, 0.1)).toBe(1);
  });

  it('reading a pin level back gives what the module reports', () => {
    for (const spec of [digital, analog, { ...digital, darkIsHigh: true }])
      for (const r of [0, 0.2, 0.49, 0.51, 0.8, 1])
        expect(reflectanceOfLevel(spec, lineOutputLevel(spec, r))).toBeCloseTo(
          moduleReflectance(spec, r),
          12,
        );
  });
});

it('the default kit is the L298N car', () => {
  expect(getKit(DEFAULT_KIT_ID).motors.driver).toBe('l298n');
});
