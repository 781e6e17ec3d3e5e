import type { ErrorCode, ErrorParams } from '../../robot/errors.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import { cos, degToRad, sin } from '../../simulator/world/det-math.ts';
import { pointSegmentDistance, type Vec } from '../../simulator/world/geometry.ts';
import type { Trace, TraceEvent, TraceSample } from '../../simulator/world/trace.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';
import type { Cause } from './causes.ts';
import type { Area, CheckType, Translated } from './check-schema.ts';
import type { ReasonKey, StepName } from './check-texts.ts';

/** Everything a check may read: the trace of one run and what it ran on. */
export interface CheckContext {
  trace: Trace;
  world: WorldSpec;
  kit: Kit;
  /** Index of the graded robot in the trace. */
  robot: number;
  /** The lesson's time limit, ms. */
  timeLimitMs: number;
  /** How the program ended; null while it still runs (a check asked early). */
  end: { reason: 'done' | 'failed' | 'time-limit'; t: number } | null;
}

/** Why a check passed or failed, as data; `describeReason` turns it into words. */
export interface Reason {
  key: ReasonKey;
  /** Numbers already rounded for people (seconds with one decimal, whole cm). */
  params: Readonly<Record<string, string | number>>;
  /** The area the text names as `{area}`. */
  area?: Area;
  /** What was hit, as `{what}`. */
  what?: 'wall' | 'obstacle' | 'robot';
  /** The step that did not happen, as `{step}`. */
  step?: { name: StepName; params: Readonly<Record<string, string | number>> };
  /** The program's own error, as `{message}` and `{suggestion}`. */
  error?: { code: ErrorCode; params: ErrorParams; line?: number; column?: number };
}

/** What one check's evaluator returns. */
export interface CheckOutcome {
  passed: boolean;
  /** 0..100. */
  score: number;
  reason: Reason;
  /** Measured values for teachers (lap time in ms, gap in cm, share 0..1, ...). */
  details?: Readonly<Record<string, number>>;
}

/** The result of one check on one run. */
export interface CheckResult extends CheckOutcome {
  id: string;
  type: CheckType | 'program';
  required: boolean;
  weight: number;
  hint?: Translated;
  /** The likely cause in the program, when the check failed and it is clear (causes.ts). */
  cause?: Cause;
}

/** Seconds with one decimal, for reasons. */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** Clamps to 0..100 and rounds to one decimal. */
export function score(value: number): number {
  return Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;
}

/** A requirement of a check: whether it is met, and the reason it fails when it is not. */
export type Requirement = readonly [met: boolean, reason: Reason];

/** At least `min` of something (`count` of it): the reason `key` says both. */
export function atLeast(count: number, min: number, key: ReasonKey): Requirement {
  return [count >= min, { key, params: { count, min } }];
}

/**
 * The outcome of a check with several requirements, listed in the order a student should
 * meet them: failed with the first unmet one's reason and `partial` (0..100), else passed.
 */
export function firstUnmet(
  requirements: readonly Requirement[],
  partial: number,
  passed: Reason,
  details: CheckOutcome['details'],
): CheckOutcome {
  const unmet = requirements.find(([met]) => !met);
  if (unmet) return { passed: false, score: partial, reason: unmet[1], details };
  return { passed: true, score: 100, reason: passed, details };
}

/** The events of the graded robot. */
export function robotEvents(ctx: CheckContext): TraceEvent[] {
  return ctx.trace.events.filter((e) => e.robot === ctx.robot);
}

/** Pose of the graded robot in one sample: x, y (cm), heading (degrees). */
export function poseAt(ctx: CheckContext, sample: TraceSample): [number, number, number] {
  return sample.robots[ctx.robot] ?? [0, 0, 0];
}

/** The last pose sample, or undefined for an empty trace. */
export function lastSample(ctx: CheckContext): TraceSample | undefined {
  return ctx.trace.samples[ctx.trace.samples.length - 1];
}

/** How the program ended, read from the trace's `end` event of `robot`. */
export function endOf(trace: Trace, robot: number): CheckContext['end'] {
  for (let i = trace.events.length - 1; i >= 0; i--) {
    const e = trace.events[i] as TraceEvent;
    if (e.robot === robot && e.type === 'end') return { reason: e.reason, t: e.t };
  }
  return null;
}

/** A point given in the robot frame (x forward, y left, cm) in world cm, at a pose. */
export function robotPoint(
  pose: readonly [number, number, number],
  px: number,
  py: number,
): { x: number; y: number } {
  const h = degToRad(pose[2]);
  const c = cos(h);
  const s = sin(h);
  return { x: pose[0] + c * px - s * py, y: pose[1] + s * px + c * py };
}

/** The four corners of the robot's body at a pose, world cm. */
export function bodyCorners(kit: Kit, pose: readonly [number, number, number]) {
  const { lengthCm, widthCm, centerOffsetCm } = kit.body;
  const front = centerOffsetCm + lengthCm / 2;
  const back = centerOffsetCm - lengthCm / 2;
  const half = widthCm / 2;
  return [
    robotPoint(pose, front, half),
    robotPoint(pose, front, -half),
    robotPoint(pose, back, -half),
    robotPoint(pose, back, half),
  ];
}

/** Whether (x, y) is inside the polygon (any shape: the even-odd rule). */
function insidePolygon(x: number, y: number, points: readonly Vec[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const p = points[i] as Vec;
    const q = points[j] as Vec;
    if (p.y > y !== q.y > y && x < ((q.x - p.x) * (y - p.y)) / (q.y - p.y) + p.x) inside = !inside;
  }
  return inside;
}

/** The points of the closed line an area names, or undefined when the world lacks it. */
function lineOf(world: WorldSpec, area: Area): readonly Vec[] | undefined {
  if (typeof area === 'string' || !('line' in area)) return undefined;
  const line = world.lines[area.line];
  return line?.closed ? line.points : undefined;
}

/** Whether (x, y) lies in `area`; a zone or line the world lacks contains nothing. */
export function inArea(world: WorldSpec, area: Area, x: number, y: number): boolean {
  if (typeof area === 'string') {
    const zone = world.zones.find((z) => z.id === area);
    if (!zone) return false;
    return Math.abs(x - zone.x) <= zone.width / 2 && Math.abs(y - zone.y) <= zone.height / 2;
  }
  if ('line' in area) {
    const points = lineOf(world, area);
    return points !== undefined && insidePolygon(x, y, points);
  }
  return (x - area.x) ** 2 + (y - area.y) ** 2 <= area.radius ** 2;
}

/** Distance (cm) from (x, y) to the nearest point of `area` (0 inside). */
export function distanceToArea(world: WorldSpec, area: Area, x: number, y: number): number {
  if (typeof area === 'string') {
    const zone = world.zones.find((z) => z.id === area);
    if (!zone) return Number.POSITIVE_INFINITY;
    const dx = Math.max(0, Math.abs(x - zone.x) - zone.width / 2);
    const dy = Math.max(0, Math.abs(y - zone.y) - zone.height / 2);
    return Math.sqrt(dx * dx + dy * dy);
  }
  if ('line' in area) {
    const points = lineOf(world, area);
    if (!points) return Number.POSITIVE_INFINITY;
    if (insidePolygon(x, y, points)) return 0;
    let best = Number.POSITIVE_INFINITY;
    points.forEach((p, i) => {
      const q = points[(i + 1) % points.length] as Vec;
      best = Math.min(best, pointSegmentDistance(x, y, p, q));
    });
    return best;
  }
  return Math.max(0, Math.sqrt((x - area.x) ** 2 + (y - area.y) ** 2) - area.radius);
}

/** Centre of `area`, cm (of a line: the mean of its points). */
export function areaCenter(world: WorldSpec, area: Area): { x: number; y: number } {
  if (typeof area === 'string') {
    const zone = world.zones.find((z) => z.id === area);
    return zone ? { x: zone.x, y: zone.y } : { x: 0, y: 0 };
  }
  if ('line' in area) {
    const points = lineOf(world, area) ?? [];
    const n = Math.max(1, points.length);
    return {
      x: points.reduce((sum, p) => sum + p.x, 0) / n,
      y: points.reduce((sum, p) => sum + p.y, 0) / n,
    };
  }
  return { x: area.x, y: area.y };
}

/** Where the robot's wheels touch the floor at a pose (the middle of each wheel), world cm. */
export function wheelPoints(kit: Kit, pose: readonly [number, number, number]) {
  const half = kit.drive.trackWidthCm / 2;
  return [robotPoint(pose, 0, half), robotPoint(pose, 0, -half)];
}

/** The world's movable objects in trace order (`samples[i].objects`), with their ids. */
export function movableIds(world: WorldSpec): string[] {
  const ids: string[] = [];
  world.obstacles.forEach((ob, i) => {
    if (ob.movable) ids.push(ob.id ?? `${ob.type}-${i}`);
  });
  return ids;
}
