/**
 * johnny-five Motor options for each motor driver of the kit profiles: one row per driver
 * (robot/kits/kit-schema.ts), so adding a driver is one entry here and one in the
 * emulator's emulator/motor-inputs.ts.
 */
import type { MotorOptions } from 'johnny-five';
import type { KitMotors, KitPin } from '../../robot/index.ts';
import type { PinWrite } from './latched-outputs.ts';

type Driver = KitMotors['driver'];
type SideOf<D extends Driver> = Extract<KitMotors, { driver: D }>['left'];

/** A side's wiring → Motor options (without `board`); `pin` gives the Arduino number. */
export type MotorController<Side> = (
  side: Side,
  pin: (pin: KitPin) => number,
) => Omit<MotorOptions, 'board'>;

export const MOTOR_CONTROLLERS: { [D in Driver]: MotorController<SideOf<D>> } = {
  // ENA = PWM; forward drives IN1 high and IN2 low (johnny-five's three-pin "CDIR" motor).
  l298n: (side, pin) => ({
    pins: { pwm: pin(side.enable), dir: pin(side.in1), cdir: pin(side.in2) },
  }),
  // IA high + IB = 255 - speed is forward; IA low + IB = speed is reverse.
  l9110s: (side, pin) => ({
    pins: { pwm: pin(side.ib), dir: pin(side.ia) },
    invertPWM: true,
  }),
  // mCore: PWM pin for speed, DIR high = forward.
  'pwm-dir': (side, pin) => ({ pins: { pwm: pin(side.pwm), dir: pin(side.dir) } }),
};

/**
 * How johnny-five writes each Motor pin: the speed by analogWrite, direction pins by
 * digitalWrite. Every driver row above names its pins with these keys, so re-sending a
 * motor's state needs no per-driver code.
 */
export const MOTOR_PIN_WRITES = {
  pwm: 'analog',
  dir: 'digital',
  cdir: 'digital',
} as const satisfies Record<keyof MotorOptions['pins'], PinWrite>;

/** Motor options for the left and right side of `motors`. */
export function motorOptions(
  motors: KitMotors,
  pin: (pin: KitPin) => number,
): [Omit<MotorOptions, 'board'>, Omit<MotorOptions, 'board'>] {
  const controller = MOTOR_CONTROLLERS[motors.driver] as MotorController<KitMotors['left']>;
  // threshold 0: johnny-five would send speeds below 30/255 as 0; the kit's dead band is real.
  return [
    { ...controller(motors.left, pin), threshold: 0 },
    { ...controller(motors.right, pin), threshold: 0 },
  ];
}
