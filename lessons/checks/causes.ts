import { findMissingAwaits } from '../../robot/program/missing-await.ts';
import { cos, degToRad, sin } from '../../simulator/world/det-math.ts';
import type { SensorMethod } from '../../simulator/world/sim-session.ts';
import type { TraceSample } from '../../simulator/world/trace.ts';
import {
  type CheckContext,
  type CheckResult,
  distanceToArea,
  poseAt,
  robotPoint,
  seconds,
} from './check-context.ts';
import type { Area, Check } from './check-schema.ts';
import type { CAUSE_TEXTS } from './check-texts.ts';
import { nearest, polyline, sensorX } from './line-checks.ts';

type CauseKey = keyof typeof CAUSE_TEXTS;

/*
 * Why a mission check failed, read from the program and from what the robot did: the likely
 * cause in the student's program, not the lesson's method again. One cause per failed
 * check, the most certain first: a robot call without `await`, a sensor never read, a
 * sensor read once and never again, too slow to finish in time, the wrong way, steering
 * away from the line.
 */

/** A cause as data; describeCause (describe.ts) says it in the reader's language. */
export interface Cause {
  key: CauseKey | 'missingAwait';
  params: Readonly<Record<string, string | number>>;
  /** The area the text names as `{area}`. */
  area?: Area;
}

/** What a run's causes are read from, besides its trace. */
export interface CauseFacts {
  source: string;
  /** The sensors the lesson is about, by the robot calls that read them. */
  sensors: readonly SensorMethod[];
  /** The reads the program made (RobotOutcome.reads). */
  reads: Partial<Record<SensorMethod, { count: number; lastMs: number }>>;
}

/** The robot calls that read each sensor part of a lesson. */
export const PART_READS: Readonly<Record<string, readonly SensorMethod[]>> = {
  ultrasonic: ['distance'],
  line: ['line', 'lineRaw'],
  button: ['button'],
};

/** At most this many reads of a sensor over a run is "read once", when the run went on. */
const FEW_READS = 3;
/** The robot still drove this long after its last read, ms. */
const BLIND_AFTER_MS = 2000;
/** "Still on its way" looks at the last this many ms of the run. */
const LAST_MS = 2000;
/** A robot that moved less than this (cm) in LAST_MS was not on its way. */
const MOVING_CM = 3;

/** Where the robot was at the trace's end, and LAST_MS before. */
function endPoses(ctx: CheckContext) {
  const { samples } = ctx.trace;
  const last = samples[samples.length - 1];
  if (!last) return undefined;
  const earlier = samples.find((s) => s.t >= last.t - LAST_MS) ?? last;
  return { end: poseAt(ctx, last), before: poseAt(ctx, earlier), t: last.t };
}

/** Distance from (x, y) to the polyline of world line `index`, cm. */
function distanceToLine(ctx: CheckContext, index: number, x: number, y: number): number {
  const line = polyline(ctx, index);
  return line ? nearest(line, x, y).d : Number.POSITIVE_INFINITY;
}

/** The time ran out while the robot was still making its way (on the line, nearer the goal). */
function tooSlow(check: Check, result: CheckResult, ctx: CheckContext): boolean {
  if (ctx.end?.reason !== 'time-limit') return false;
  const poses = endPoses(ctx);
  if (!poses) return false;
  const [x, y] = poses.end;
  const [bx, by] = poses.before;
  if (Math.hypot(x - bx, y - by) < MOVING_CM) return false;
  switch (check.type) {
    case 'follow-line':
    case 'lap-time':
      return distanceToLine(ctx, check.line, x, y) <= check.toleranceCm * 3;
    case 'reach-zone':
    case 'visit-in-order': {
      const area = result.reason.area;
      if (area === undefined) return false;
      return distanceToArea(ctx.world, area, x, y) < distanceToArea(ctx.world, area, bx, by);
    }
    default:
      return false;
  }
}

/** The robot drove, but never got nearer the area than where it started. */
function wrongWay(result: CheckResult, ctx: CheckContext): boolean {
  const area = result.reason.area;
  const { samples } = ctx.trace;
  const first = samples[0];
  if (area === undefined || !first) return false;
  const [x0, y0] = poseAt(ctx, first);
  const start = distanceToArea(ctx.world, area, x0, y0);
  let moved = 0;
  for (const sample of samples) {
    const [x, y] = poseAt(ctx, sample);
    if (distanceToArea(ctx.world, area, x, y) < start - 2) return false;
    moved = Math.max(moved, Math.hypot(x - x0, y - y0));
  }
  return moved > 15;
}

/** Near the line means within this many times the check's tolerance. */
const NEAR_LINE = 3;
/** Closer than this (cm) the line's side is too uncertain to count a turn. */
const ON_LINE_CM = 0.5;
/** Steering away needs at least this much turning away from the line, degrees… */
const AWAY_DEG = 10;
/** …and this many times as much as turning towards it. */
const AWAY_RATIO = 3;

/**
 * The robot, near line `index`, turned away from the side the line was on far more than
 * towards it, and ended off the line: a follower whose turns are swapped (left for right).
 * Each sample's turn is counted by the side of the line its sensors were on.
 */
function steersAway(index: number, toleranceCm: number, ctx: CheckContext): boolean {
  const line = polyline(ctx, index);
  if (!line) return false;
  const ahead = sensorX(ctx);
  let towards = 0;
  let away = 0;
  const { samples } = ctx.trace;
  for (let i = 0; i + 1 < samples.length; i++) {
    const pose = poseAt(ctx, samples[i] as TraceSample);
    const next = poseAt(ctx, samples[i + 1] as TraceSample);
    const p = robotPoint(pose, ahead, 0);
    const { d, point } = nearest(line, p.x, p.y);
    if (d < ON_LINE_CM || d > toleranceCm * NEAR_LINE) continue;
    const h = degToRad(pose[2]);
    // Positive: the line is on the robot's left (a positive turn is to the left).
    const side = Math.sign(cos(h) * (point.y - p.y) - sin(h) * (point.x - p.x));
    const turn = ((((next[2] - pose[2]) % 360) + 540) % 360) - 180;
    if (side * turn > 0) towards += Math.abs(turn);
    else away += Math.abs(turn);
  }
  const last = samples[samples.length - 1];
  if (!last) return false;
  const end = robotPoint(poseAt(ctx, last), ahead, 0);
  const offLine = nearest(line, end.x, end.y).d > toleranceCm * NEAR_LINE;
  return offLine && away >= AWAY_DEG && away >= AWAY_RATIO * towards;
}

/** The likely cause of a failed mission check in the program, or undefined when none is clear. */
export function causeOf(
  check: Check,
  result: CheckResult,
  ctx: CheckContext,
  facts: CauseFacts,
): Cause | undefined {
  if (result.passed || result.reason.key === 'needsFirst') return undefined;
  const [unawaited] = findMissingAwaits(facts.source);
  if (unawaited) {
    return { key: 'missingAwait', params: { method: unawaited.method, line: unawaited.line } };
  }
  if (facts.sensors.length > 0) {
    const reads = facts.sensors.map((m) => ({ method: m, ...(facts.reads[m] ?? { count: 0 }) }));
    const count = reads.reduce((sum, r) => sum + r.count, 0);
    const [main] = [...reads].sort((a, b) => b.count - a.count);
    if (count === 0) return { key: 'neverRead', params: { method: facts.sensors[0] as string } };
    const lastMs = Math.max(...reads.map((r) => ('lastMs' in r ? r.lastMs : 0)));
    const endMs = ctx.end?.t ?? ctx.trace.samples.at(-1)?.t ?? 0;
    if (main && count <= FEW_READS && endMs - lastMs >= BLIND_AFTER_MS) {
      return {
        key: 'readOnce',
        params: { method: main.method, count, time: seconds(lastMs) },
      };
    }
  }
  if (tooSlow(check, result, ctx)) {
    return { key: 'tooSlow', params: { limit: seconds(ctx.timeLimitMs) } };
  }
  if (
    (check.type === 'follow-line' || check.type === 'lap-time') &&
    steersAway(check.line, check.toleranceCm, ctx)
  ) {
    return { key: 'steersAway', params: {} };
  }
  if ((check.type === 'reach-zone' || check.type === 'visit-in-order') && wrongWay(result, ctx)) {
    return {
      key: 'wrongWay',
      params: {},
      ...(result.reason.area ? { area: result.reason.area } : {}),
    };
  }
  return undefined;
}
