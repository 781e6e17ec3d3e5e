import { isDark, SERVO_AHEAD_DEG } from '../../robot/motion/index.ts';
import type { World } from '../world/world.ts';

/**
 * What the renderer draws: the world's state at one simulated instant, as plain data
 * (structured-cloneable, so a worker can post it). Reading a world to make one never
 * steps it and never draws a random number.
 */
export interface RobotSnapshot {
  /** Position of the drive axle's middle, world cm. */
  x: number;
  y: number;
  /** Degrees counter-clockwise from +x. */
  headingDeg: number;
  /**
   * Where the ultrasonic sensor points relative to straight ahead, degrees (positive =
   * left): the pan servo's angle plus its seeded mounting error; 0 without a servo.
   */
  panDeg: number;
  /** 'off', 'on' or '#rrggbb'. */
  led: string;
  /** Buzzer pitch while it sounds, Hz; 0 when silent. */
  beepHz: number;
  /** Commanded wheel power, percent -100..100. */
  powerLeft: number;
  powerRight: number;
  /** Actual wheel surface speed, cm/s. */
  speedLeft: number;
  speedRight: number;
  /** Noise-free distance the ultrasonic cone sees, cm; Infinity when nothing is in it. */
  distanceCm: number;
  /** Noise-free floor reflectance under each line sensor, 0 (black) .. 1 (white), by id. */
  lineRaw: Record<string, number>;
  /** Whether each line sensor sees a dark line (raw below the kit's threshold), by id. */
  lineDark: Record<string, boolean>;
  /** Touching a wall, an obstacle or another robot after the last step. */
  touching: boolean;
}

/**
 * A robot seen only from outside (a replay's pose, a test's): at `pose`, with the LED
 * off, no power, no sound and nothing sensed, unless `pose` says otherwise.
 */
export function quietRobot(pose: Partial<RobotSnapshot>): RobotSnapshot {
  return {
    x: 0,
    y: 0,
    headingDeg: 0,
    panDeg: 0,
    led: 'off',
    beepHz: 0,
    powerLeft: 0,
    powerRight: 0,
    speedLeft: 0,
    speedRight: 0,
    distanceCm: Number.POSITIVE_INFINITY,
    lineRaw: {},
    lineDark: {},
    touching: false,
    ...pose,
  };
}

export interface MovableSnapshot {
  id: string;
  /** Centre, world cm. */
  x: number;
  y: number;
}

/**
 * The pen trail of a world with `pen` (see world-schema.ts): the robots' positions in the
 * world's trace, from pose sample number `from` on, so the drawing is the same however
 * often it is shown.
 */
export interface TrailSnapshot {
  /** Index of the first sample in `points` among all the trace's samples. */
  from: number;
  /** Per robot: x0, y0, x1, y1, ... (world cm), one pair per sample. */
  points: number[][];
}

export interface WorldSnapshot {
  /** Simulated ms since the world started. */
  time: number;
  robots: RobotSnapshot[];
  movables: MovableSnapshot[];
  /** Only in a world with a pen. */
  trail?: TrailSnapshot;
}

/** The pen trail of `world` from sample `from` on, or undefined when it has no pen. */
export function trailOf(world: World, from: number): TrailSnapshot | undefined {
  if (!world.spec.pen) return undefined;
  const samples = world.trace.samples;
  const points = world.robots.map((_, i) => {
    const flat: number[] = [];
    for (let k = from; k < samples.length; k++) {
      const pose = samples[k]?.robots[i];
      if (pose) flat.push(pose[0], pose[1]);
    }
    return flat;
  });
  return { from, points };
}

/**
 * The state of `world` now, for drawing and for the sensor read-out. `trailFrom`: the pen
 * trail's samples already sent (a page that keeps the trail asks only for the new ones).
 */
export function snapshotWorld(world: World, trailFrom = 0): WorldSnapshot {
  const trail = trailOf(world, trailFrom);
  return {
    ...(trail ? { trail } : {}),
    time: world.time,
    robots: world.robots.map((body) => {
      const { kit } = body;
      const lineRaw: Record<string, number> = {};
      const lineDark: Record<string, boolean> = {};
      const sensors = kit.lineSensors;
      if (sensors) {
        for (const sensor of sensors.sensors) {
          const p = body.toWorld(sensor.x, sensor.y);
          const raw = world.floorAt(p.x, p.y);
          lineRaw[sensor.id] = raw;
          lineDark[sensor.id] = isDark(raw, sensors.threshold);
        }
      }
      const onServo = kit.ultrasonic?.onServo ?? false;
      return {
        x: body.x,
        y: body.y,
        headingDeg: body.headingDeg,
        panDeg: onServo ? body.servoDeg + body.servoOffsetDeg - SERVO_AHEAD_DEG : 0,
        led: body.led,
        beepHz: body.beepHz > 0 && body.beepUntil > world.time ? body.beepHz : 0,
        powerLeft: body.powerLeft,
        powerRight: body.powerRight,
        speedLeft: body.speedLeft,
        speedRight: body.speedRight,
        distanceCm: kit.ultrasonic ? world.trueUltrasonicDistance(body) : Number.POSITIVE_INFINITY,
        lineRaw,
        lineDark,
        touching: body.contacts.size > 0,
      };
    }),
    movables: world.movables.map((m) => ({ id: m.id, x: m.x, y: m.y })),
  };
}
