/**
 * One motion and sensing model for both worlds: pure functions of the kit profile that the
 * simulator, the hardware robot, the doctor and the renderer all use. Nothing here imports
 * the kit schema's values, so the renderer loads it without zod.
 */
export {
  isDark,
  type LineSensorId,
  type LineSensorSpec,
  type LineSpec,
  type LineValues,
  lineOf,
  lineOutputLevel,
  lineRawOf,
  lineValues,
  moduleReflectance,
  reflectanceOfLevel,
} from './line-sensors.ts';
export {
  SERVO_AHEAD_DEG,
  SERVO_DEG_PER_MS,
  SERVO_PULSE_RANGE_US,
  SERVO_SWEEP_DEG,
  servoPulseUs,
  servoTravelMs,
} from './servo.ts';
export {
  BOARD_MOTORS,
  type MotorTraits,
  PWM_MAX,
  planMove,
  planTimedMove,
  planTurn,
  pwmDuty,
  type TimedMove,
  turnWheelCm,
} from './timed-move.ts';
export {
  inUltrasonicRange,
  ULTRASONIC_HALF_ANGLE_DEG,
  ULTRASONIC_RANGE_CM,
  ultrasonicReading,
} from './ultrasonic.ts';
