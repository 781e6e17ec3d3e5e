/**
 * How each motor driver turns its input pins into a wheel power: one entry per driver
 * type of the kit profiles (robot/kits/kit-schema.ts), so a new driver is one more row.
 * `duty(pin)` is the measured PWM duty 0..1 of a pin (a steady pin gives 0 or 1).
 */
import type { KitMotors, KitPin } from '../../robot/index.ts';

type Driver = KitMotors['driver'];
type SideOf<D extends Driver> = Extract<KitMotors, { driver: D }>['left'];

export interface DriverModel<Side> {
  /** Every pin of one side, as the kit names them. */
  pins(side: Side): KitPin[];
  /** Wheel power -1..1 (before the side's `invert`). */
  power(side: Side, duty: (pin: KitPin) => number): number;
}

export const DRIVER_MODELS: { [D in Driver]: DriverModel<SideOf<D>> } = {
  // ENA carries the PWM; IN1 high and IN2 low is forward, equal levels brake.
  l298n: {
    pins: (side) => [side.enable, side.in1, side.in2],
    power: (side, duty) => duty(side.enable) * (duty(side.in1) - duty(side.in2)),
  },
  // Both inputs may carry PWM; the motor sees their difference.
  l9110s: {
    pins: (side) => [side.ia, side.ib],
    power: (side, duty) => duty(side.ia) - duty(side.ib),
  },
  // mCore: PWM sets the speed, DIR high is forward.
  'pwm-dir': {
    pins: (side) => [side.pwm, side.dir],
    power: (side, duty) => duty(side.pwm) * (duty(side.dir) >= 0.5 ? 1 : -1),
  },
};

/** The model for `motors.driver`, typed for its sides. */
export function driverModel<M extends KitMotors>(motors: M): DriverModel<M['left']> {
  return DRIVER_MODELS[motors.driver] as DriverModel<M['left']>;
}
