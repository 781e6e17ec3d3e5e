import { inUltrasonicRange, moduleReflectance } from '../../robot/motion/index.ts';
import { World } from '../../simulator/world/world.ts';
import type { CheckContext, CheckOutcome, Reason } from './check-context.ts';
import { robotEvents, score, seconds } from './check-context.ts';
import type { CheckOf } from './check-schema.ts';
import { numbersIn, poseAtTime, quoted } from './trace-pose.ts';

/**
 * How far a printed distance may be from the true one: the sensor's noise, the rounding a
 * student does, and the few cm the robot may roll between reading and printing.
 */
const DISTANCE_TOLERANCE = { cm: 3, fraction: 0.08 } as const;
/** How far a printed floor reading (0..1) may be from the true one: noise and rounding. */
const FLOOR_TOLERANCE = 0.15;
/** A program printing in a tight loop: only this many lines are looked at. */
const MAX_LINES = 400;

type Sensor = CheckOf<'prints-reading'>['sensor'];

/** What the sensor truly read with the robot at `pose`: one value per sensor (noise-free). */
function truths(ctx: CheckContext, pose: [number, number, number], sensor: Sensor): number[] {
  const world = new World(ctx.world, { seed: 1, realism: 'ideal' });
  const body = world.addRobot(ctx.kit, { x: pose[0], y: pose[1], headingDeg: pose[2] });
  if (sensor === 'distance') {
    const d = world.trueUltrasonicDistance(body);
    return inUltrasonicRange(d) ? [d] : [];
  }
  const spec = ctx.kit.lineSensors;
  if (!spec) return [];
  return spec.sensors.map((s) => {
    const p = body.toWorld(s.x, s.y);
    return moduleReflectance(spec, world.floorAt(p.x, p.y));
  });
}

function matches(printed: number, truth: number, sensor: Sensor): boolean {
  const tolerance =
    sensor === 'distance'
      ? Math.max(DISTANCE_TOLERANCE.cm, DISTANCE_TOLERANCE.fraction * truth)
      : FLOOR_TOLERANCE;
  return Math.abs(printed - truth) <= tolerance;
}

/** A reading as a reason shows it: whole cm, or two decimals of 0..1. */
function shown(value: number, sensor: Sensor): string {
  return sensor === 'distance' ? String(Math.round(value)) : value.toFixed(2);
}

const KEYS = {
  distance: { passed: 'distancePrinted', wrong: 'distanceWrong', few: 'distanceFew' },
  floor: { passed: 'floorPrinted', wrong: 'floorWrong', few: 'floorFew' },
} as const;

/**
 * `prints-reading`: the program prints what its sensor reads. Each printed line's numbers
 * are compared with what the sensor truly read where the robot was when it printed, so a
 * number known by heart fails once the world changes between runs.
 */
export function printsReading(check: CheckOf<'prints-reading'>, ctx: CheckContext): CheckOutcome {
  const { sensor, minCount, apart } = check;
  const keys = KEYS[sensor];
  const lines = robotEvents(ctx)
    .filter((e) => e.type === 'log')
    .slice(0, MAX_LINES);
  const accepted: number[] = [];
  let firstWrong: Reason | undefined;
  for (const line of lines) {
    const printed = numbersIn(line.text);
    const truth = truths(ctx, poseAtTime(ctx, line.t), sensor);
    const hit = truth.find((value) => printed.some((n) => matches(n, value, sensor)));
    if (hit === undefined) {
      if (!firstWrong && truth[0] !== undefined) {
        firstWrong = {
          key: keys.wrong,
          params: {
            time: seconds(line.t),
            text: quoted(line.text),
            truth: truth.map((v) => shown(v, sensor)).join(' / '),
          },
        };
      }
      continue;
    }
    if (accepted.every((value) => Math.abs(value - hit) >= apart)) accepted.push(hit);
    if (accepted.length >= minCount) break;
  }
  const count = accepted.length;
  const details = { count };
  if (count >= minCount) {
    return {
      passed: true,
      score: 100,
      reason: {
        key: keys.passed,
        params: { count, values: accepted.map((v) => shown(v, sensor)).join(', ') },
      },
      details,
    };
  }
  if (lines.length === 0) {
    return { passed: false, score: 0, reason: { key: 'printedNothing', params: {} }, details };
  }
  const few: Reason = {
    key: keys.few,
    params: { count, min: minCount, apart: sensor === 'distance' ? apart : apart.toFixed(2) },
  };
  return {
    passed: false,
    score: score((100 * count) / minCount),
    reason: count === 0 && firstWrong ? firstWrong : few,
    details,
  };
}
