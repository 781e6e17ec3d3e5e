/**
 * Devices that turn the world into pin levels and voltages (ultrasonic, line sensors,
 * button) and pin waveforms into wheel powers (motors).
 */
import { lineOutputLevel } from '../../robot/index.ts';
import { floorReflectance, readUltrasonic } from '../../simulator/world/index.ts';
import { ECHO_US_PER_CM } from '../protocol/mekong-sysex.ts';
import {
  analogChannelOf,
  type DeviceContext,
  type DeviceFactory,
  pinOf,
  VCC,
} from './device-context.ts';
import { attachHcSr04 } from './hc-sr04.ts';
import { driverModel } from './motor-inputs.ts';
import { PinMeter } from './pin-meter.ts';

/** Longest PWM period of the boards' timers (490 Hz), plus margin, µs. */
const MOTOR_MAX_PERIOD_US = 2500;

/** Smallest change of a measured wheel power that counts, percent. */
const POWER_HYSTERESIS_PERCENT = 0.1;

/** Motor driver pins → measured duty → wheel powers (`body.setPowers`), traced on change. */
export const motorDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const model = driverModel(kit.motors);
  const meters = new Map<number, PinMeter>();
  const sides = [kit.motors.left, kit.motors.right].map((side) => {
    for (const pin of model.pins(side)) {
      const n = pinOf(kit, pin);
      if (!meters.has(n)) meters.set(n, new PinMeter(board, n, MOTOR_MAX_PERIOD_US));
    }
    return side;
  });
  const duty = (pin: number | string) => meters.get(pinOf(kit, pin))?.duty() ?? 0;
  // The measured duty wobbles by a CPU cycle or two (±0.02 %); only a real change counts.
  const powerOf = (index: number, current: number) => {
    const side = sides[index] ?? kit.motors.left;
    const power = model.power(side, duty) * 100 * (side.invert ? -1 : 1);
    if (Math.abs(power - current) < POWER_HYSTERESIS_PERCENT && power !== 0) return current;
    return Math.round(power * 100) / 100 + 0;
  };
  return {
    beforeStep() {
      const left = powerOf(0, body.powerLeft);
      const right = powerOf(1, body.powerRight);
      if (left === body.powerLeft && right === body.powerRight) return;
      body.setPowers(left, right);
      world.record({ t: world.time, robot: body.index, type: 'drive', left, right });
    },
    detach() {
      for (const meter of meters.values()) meter.stop();
    },
  };
};

/** What the HC-SR04 hears: the world's distance plus its realism noise; null = no echo. */
function echoUsFor({ world, body }: DeviceContext): number | null {
  const cm = readUltrasonic(world, body);
  return Number.isFinite(cm) ? cm * ECHO_US_PER_CM : null;
}

/** HC-SR04 (trig + echo) or one-pin sensor answering each trigger from the world. */
export const ultrasonicDevice: DeviceFactory = (context) => {
  const { kit, board } = context;
  const us = kit.ultrasonic;
  if (!us) return null;
  const [trig, echo] = us.type === 'hc-sr04' ? [us.trig, us.echo] : [us.pin, us.pin];
  const sensor = attachHcSr04(board, {
    trigPin: pinOf(kit, trig),
    echoPin: pinOf(kit, echo),
    echoUs: () => echoUsFor(context),
  });
  return { detach: () => sensor.detach() };
};

/** IR line sensors: floor reflectance at each mount → a level (digital) or a voltage (analog). */
export const lineSensorDevice: DeviceFactory = ({ board, world, body, kit }) => {
  const spec = kit.lineSensors;
  if (!spec) return null;
  const sensors = spec.sensors.map((sensor) => ({
    ...sensor,
    n: pinOf(kit, sensor.pin),
    channel: spec.output === 'analog' ? analogChannelOf(kit, sensor.pin) : -1,
    last: Number.NaN,
  }));
  return {
    afterStep() {
      for (const sensor of sensors) {
        const level = lineOutputLevel(spec, floorReflectance(world, body, sensor));
        if (spec.output === 'digital') {
          if (level !== sensor.last) board.setInput(sensor.n, level === 1);
          sensor.last = level;
        } else {
          const volts = level * VCC;
          if (volts !== sensor.last) board.setAnalogVolts(sensor.channel, volts);
          sensor.last = volts;
        }
      }
    },
    detach() {},
  };
};

/** The button: `body.buttonPressed` → a level (pull-up, active low) or a voltage on A7. */
export const buttonDevice: DeviceFactory = ({ board, body, kit }) => {
  const button = kit.button;
  if (!button) return null;
  let last: boolean | null = null;
  const apply =
    button.type === 'digital'
      ? (pressed: boolean) => board.setInput(pinOf(kit, button.pin), pressed !== button.activeLow)
      : (pressed: boolean) =>
          board.setAnalogVolts(analogChannelOf(kit, button.pin), pressed ? 0 : VCC);
  return {
    afterStep() {
      if (body.buttonPressed === last) return;
      last = body.buttonPressed;
      apply(last);
    },
    detach() {},
  };
};
