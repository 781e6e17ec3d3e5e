/**
 * The one robot contract. Students program against this interface; the simulator
 * (`simulator/world`) and real hardware (`firmware-bridge`) implement it.
 *
 * Units everywhere: centimetres (cm), degrees (deg, positive = counter-clockwise = left),
 * milliseconds (ms), percent of full motor power (-100..100).
 */

/** Reading of the IR line sensors. `true` = a dark line is under that sensor. */
export interface LineReading {
  left: boolean;
  right: boolean;
  /** Present only on kits with a centre sensor (e.g. `l298n-2wd`). */
  center?: boolean;
}

/** Raw floor reflectance under each line sensor: 0 = black, 1 = white. */
export interface LineRawReading {
  left: number;
  right: number;
  /** Present only on kits with a centre sensor. */
  center?: number;
}

/** A LED argument: `true`/`false`, or a colour name (`'red'`) or `'#rrggbb'` on RGB kits. */
export type LedState = boolean | string;

export interface Robot {
  /**
   * Drive straight for `cm` centimetres (negative = backward) and resolve when done.
   * Timed from the kit's calibrated speed: real robots have no wheel encoders.
   */
  forward(cm: number): Promise<void>;
  /** Same as `forward(-cm)`. */
  backward(cm: number): Promise<void>;
  /** Turn in place by `deg` degrees; positive = left (counter-clockwise). */
  turn(deg: number): Promise<void>;
  /** Set wheel powers in percent, -100..100; returns at once, the robot keeps driving. */
  drive(left: number, right: number): void;
  /** Both motors off. */
  stop(): void;
  /** Wait `ms` milliseconds (the motors keep doing what they did). */
  wait(ms: number): Promise<void>;
  /** Ultrasonic distance in cm (2..400), `Infinity` when nothing is in range. */
  distance(): Promise<number>;
  /** Which line sensors see a dark line. */
  line(): Promise<LineReading>;
  /** Floor reflectance under each line sensor, 0..1. */
  lineRaw(): Promise<LineRawReading>;
  /** Switch the kit's LED(s): `true`/`false` or a colour on RGB kits. */
  led(state: LedState): void;
  /** Sound the buzzer at `hz` (31..20000) for `ms` milliseconds; resolves when it ends. */
  beep(hz: number, ms: number): Promise<void>;
  /** Point the pan servo (that carries the ultrasonic sensor) to `deg`, 0..180 (90 = ahead). */
  servo(deg: number): Promise<void>;
  /** `true` while the kit's button is pressed. */
  button(): Promise<boolean>;
  /** Milliseconds since the program started (simulated time in the simulator). */
  time(): number;
}

/** Every method of the student API, in the order the README lists them. */
export const ROBOT_METHODS = [
  'forward',
  'backward',
  'turn',
  'drive',
  'stop',
  'wait',
  'distance',
  'line',
  'lineRaw',
  'led',
  'beep',
  'servo',
  'button',
  'time',
] as const satisfies readonly (keyof Robot)[];

export type RobotMethod = (typeof ROBOT_METHODS)[number];

/** Methods that return at once; the others return a promise and take robot time. */
export const SYNC_METHODS = [
  'drive',
  'stop',
  'led',
  'time',
] as const satisfies readonly RobotMethod[];

export type SyncMethod = (typeof SYNC_METHODS)[number];
export type AsyncMethod = Exclude<RobotMethod, SyncMethod>;

export function isSyncMethod(method: RobotMethod): method is SyncMethod {
  return (SYNC_METHODS as readonly string[]).includes(method);
}

/**
 * A stand-in Robot whose every call is handed on: a robot on another thread or in the
 * page, reached from a program's sandbox.
 */
export function forwardingRobot(
  sync: (method: SyncMethod, args: unknown[]) => unknown,
  call: (method: AsyncMethod, args: unknown[]) => Promise<unknown>,
): Robot {
  return Object.fromEntries(
    ROBOT_METHODS.map((method) => [
      method,
      isSyncMethod(method)
        ? (...args: unknown[]) => sync(method, args)
        : (...args: unknown[]) => call(method, args),
    ]),
  ) as unknown as Robot;
}

/**
 * What a robot call costs in robot time, in ms, when the call itself does not say
 * (`wait`, `beep`, moves). Measured on the classroom kits: one HC-SR04 cycle is
 * about 60 ms, Firmata reports line sensors every sampling interval (19 ms default).
 */
export const CALL_COST_MS = {
  distance: 60,
  line: 20,
  lineRaw: 20,
  button: 20,
} as const satisfies Partial<Record<AsyncMethod, number>>;
