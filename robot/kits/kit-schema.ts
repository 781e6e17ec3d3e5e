import { z } from 'zod';
import { plusMinus, sizeUpTo } from '../bounded-numbers.ts';
import { pinNumber } from './boards.ts';

/**
 * A kit profile: the wiring AND the geometry of one robot model. The simulator builds
 * its robot from it and the hardware bridge builds its johnny-five parts from it.
 * Robot frame: x forward, y left, origin at the middle of the drive axle; cm and degrees.
 */

/** An Arduino pin: a digital number (13) or an analog name ('A0'). */
const pin = z.union([
  z.number().int().min(0).max(69),
  z.string().regex(/^A([0-9]|1[0-5])$/, 'pinLike'),
]);

const translated = z.strictObject({
  en: z.string().min(1),
  vi: z.string().min(1),
  lo: z.string().min(1),
});

/**
 * What a classroom robot can be: sizes in cm, speeds in cm/s. A kit past these is a typo
 * (a body of 1e308 cm), and the simulator's geometry must stay finite.
 */
export const KIT_LIMITS = {
  /** Longest body side, and farthest a part may sit from the axle middle, cm. */
  bodyCm: 100,
  /** Largest wheel, cm. */
  wheelCm: 30,
  /** Fastest wheel surface speed at full power, cm/s. */
  speedCmPerS: 500,
} as const;

/** A position in the robot frame, cm. */
const offset = plusMinus(KIT_LIMITS.bodyCm);
const size = sizeUpTo(KIT_LIMITS.bodyCm);
const servoDeg = z.number().min(0).max(180);

const pose = z.strictObject({
  /** cm forward of the axle middle. */
  x: offset,
  /** cm left of the axle middle. */
  y: offset,
  /** Facing, degrees counter-clockwise from straight ahead. */
  headingDeg: plusMinus(180).default(0),
});

const invert = z.boolean().default(false);

/** Motor driver wiring, one entry per driver type (see "Add a kit" in the README). */
const motors = z.discriminatedUnion('driver', [
  z.strictObject({
    driver: z.literal('l298n'),
    left: z.strictObject({ enable: pin, in1: pin, in2: pin, invert }),
    right: z.strictObject({ enable: pin, in1: pin, in2: pin, invert }),
  }),
  z.strictObject({
    driver: z.literal('l9110s'),
    left: z.strictObject({ ia: pin, ib: pin, invert }),
    right: z.strictObject({ ia: pin, ib: pin, invert }),
  }),
  z.strictObject({
    driver: z.literal('pwm-dir'),
    left: z.strictObject({ pwm: pin, dir: pin, invert }),
    right: z.strictObject({ pwm: pin, dir: pin, invert }),
  }),
]);

const drive = z.strictObject({
  wheelDiameterCm: sizeUpTo(KIT_LIMITS.wheelCm),
  /** Distance between the two wheels' contact points, cm. */
  trackWidthCm: size,
  /** Wheel surface speed at 100 % power on the floor, cm/s (calibrated). */
  maxSpeedCmPerS: sizeUpTo(KIT_LIMITS.speedCmPerS),
  /** Below this power (percent) the motors do not turn (real motors; classroom realism). */
  deadBandPercent: z.number().min(0).max(90),
  /** Power used by forward()/backward(), percent. */
  movePowerPercent: z.number().min(1).max(100),
  /** Power used by turn(), percent. */
  turnPowerPercent: z.number().min(1).max(100),
});

const body = z.strictObject({
  lengthCm: size,
  widthCm: size,
  heightCm: size,
  /** Where the body's centre is, cm forward of the axle (negative = behind). */
  centerOffsetCm: offset,
  /** Chassis colour for the 3-D view, '#rrggbb'. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colourLike'),
});

const ultrasonic = z.discriminatedUnion('type', [
  z.strictObject({
    /** HC-SR04 with separate trigger and echo pins. */
    type: z.literal('hc-sr04'),
    trig: pin,
    echo: pin,
    mount: pose,
    onServo: z.boolean(),
  }),
  z.strictObject({
    /** One signal pin for trigger and echo (Makeblock Me Ultrasonic, Parallax Ping). */
    type: z.literal('one-pin'),
    pin,
    mount: pose,
    onServo: z.boolean(),
  }),
]);

const lineSensors = z.strictObject({
  /** 'digital' modules give only dark/light (lineRaw reads 0 or 1); 'analog' give 0..1. */
  output: z.enum(['digital', 'analog']),
  /** A raw reading below this (0..1) counts as a dark line. */
  threshold: z.number().gt(0).lt(1),
  /** Whether the module's output pin reads HIGH over a dark line (most do: no reflection). */
  darkIsHigh: z.boolean(),
  sensors: z
    .array(
      z.strictObject({
        id: z.enum(['left', 'center', 'right']),
        pin,
        x: offset,
        y: offset,
      }),
    )
    .min(2)
    .max(3)
    .refine((list) => list.some((s) => s.id === 'left') && list.some((s) => s.id === 'right'), {
      message: 'needsLeftRight',
    })
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
      message: 'idTwice',
    }),
});

const led = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), pin, x: offset, y: offset }),
  z.strictObject({
    type: z.literal('ws2812'),
    pin,
    count: z.number().int().min(1).max(16),
    x: offset,
    y: offset,
  }),
]);

const button = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('digital'), pin, activeLow: z.boolean() }),
  /** A button read through an analog-only pin (the mCore's A7): pressed below `pressedBelow`. */
  z.strictObject({
    type: z.literal('analog'),
    pin,
    pressedBelow: z.number().int().min(1).max(1023),
  }),
]);

export const kitSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowerCaseId'),
    name: translated,
    /** Where the pin map comes from (kit manual, tutorial), so others can check it. */
    source: z.string().min(1),
    board: z.enum(['uno', 'nano', 'mega']),
    motors,
    drive,
    body,
    ultrasonic: ultrasonic.optional(),
    servo: z
      .strictObject({ pin, minDeg: servoDeg, maxDeg: servoDeg })
      .refine((servo) => servo.minDeg < servo.maxDeg, {
        path: ['maxDeg'],
        message: 'servoRangeBackwards',
      })
      .optional(),
    lineSensors: lineSensors.optional(),
    led: led.optional(),
    buzzer: z.strictObject({ pin }).optional(),
    button: button.optional(),
  })
  .superRefine((kit, ctx) => {
    if (kit.ultrasonic?.onServo && !kit.servo) {
      ctx.addIssue({
        code: 'custom',
        path: ['ultrasonic', 'onServo'],
        message: 'onServoNoServo',
      });
    }
    const used = new Map<number, string>();
    for (const [where, value] of listPins(kit)) {
      const path = where.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      const n = pinNumber(kit.board, value);
      if (n === undefined) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'pinNotOnBoard',
          params: { pin: value, board: kit.board },
        });
        continue;
      }
      const other = used.get(n);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'pinUsedTwice',
          params: { pin: value, other },
        });
      } else used.set(n, where);
    }
  });

export type KitInput = z.input<typeof kitSchema>;
export type Kit = z.output<typeof kitSchema>;
export type KitPin = z.output<typeof pin>;
export type KitUltrasonic = NonNullable<Kit['ultrasonic']>;
export type KitLineSensors = NonNullable<Kit['lineSensors']>;
export type KitMotors = Kit['motors'];

/** Every pin the kit uses, with the field that names it (`motors.left.enable`). */
export function listPins(kit: Kit): [string, KitPin][] {
  const out: [string, KitPin][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const where = prefix ? `${prefix}.${key}` : key;
      if (Array.isArray(child)) {
        child.forEach((item, i) => {
          walk(`${where}.${i}`, item);
        });
      } else if (isPinField(key) && (typeof child === 'number' || typeof child === 'string'))
        out.push([where, child]);
      else walk(where, child);
    }
  };
  walk('', { motors: kit.motors, ultrasonic: kit.ultrasonic, servo: kit.servo });
  walk('', { lineSensors: kit.lineSensors, led: kit.led, buzzer: kit.buzzer, button: kit.button });
  return out;
}

const PIN_FIELDS = new Set([
  'pin',
  'trig',
  'echo',
  'enable',
  'in1',
  'in2',
  'ia',
  'ib',
  'pwm',
  'dir',
]);

function isPinField(key: string): boolean {
  return PIN_FIELDS.has(key);
}
