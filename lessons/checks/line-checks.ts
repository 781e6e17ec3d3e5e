import type { Trace } from '../../simulator/world/trace.ts';
import {
  type CheckContext,
  type CheckOutcome,
  poseAt,
  robotPoint,
  score,
  seconds,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';

/** The line's length is cut into bins of this length, cm; a bin is covered or not. */
const BIN_CM = 2;

/** Two on-line samples closer than this along the line cover the bins between them, cm. */
const BRIDGE_CM = 12;

interface Coverage {
  /** Samples already read. */
  seen: number;
  covered: Uint8Array;
  count: number;
  /** Arc position (cm) of the last sample that was on the line. */
  lastS: number | undefined;
  /** Time (ms) at which `count` first reached each checked share, by share. */
  reachedAt: Map<number, number>;
}

export interface Polyline {
  points: { x: number; y: number }[];
  /** Arc length at each point, cm. */
  at: number[];
  length: number;
  closed: boolean;
}

/** Coverage per trace and check, so asking again during a run reads only the new samples. */
const cache = new WeakMap<Trace, Map<object, Coverage>>();

/** World line `index` as a polyline, or undefined when the world has no such line. */
export function polyline(ctx: CheckContext, index: number): Polyline | undefined {
  const line = ctx.world.lines[index];
  return line ? polylineOf(line.points, line.closed) : undefined;
}

/** The polyline through `corners` (back to the first when `closed`), with its arc lengths. */
export function polylineOf(
  corners: readonly { x: number; y: number }[],
  closed: boolean,
): Polyline {
  const points = closed ? [...corners, corners[0] as { x: number; y: number }] : [...corners];
  const at = [0];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as { x: number; y: number };
    const q = points[i] as { x: number; y: number };
    at.push((at[i - 1] as number) + Math.hypot(q.x - p.x, q.y - p.y));
  }
  return { points, at, length: at[at.length - 1] as number, closed };
}

/** Nearest point of the polyline to (x, y): its distance and arc position, cm. */
export function nearest(
  line: Polyline,
  x: number,
  y: number,
): { d: number; s: number; point: { x: number; y: number } } {
  let best = { d: Number.POSITIVE_INFINITY, s: 0, point: { x, y } };
  for (let i = 0; i + 1 < line.points.length; i++) {
    const p = line.points[i] as { x: number; y: number };
    const q = line.points[i + 1] as { x: number; y: number };
    const ex = q.x - p.x;
    const ey = q.y - p.y;
    const len2 = ex * ex + ey * ey;
    let t = len2 > 0 ? ((x - p.x) * ex + (y - p.y) * ey) / len2 : 0;
    t = Math.max(0, Math.min(1, t));
    const d = Math.hypot(p.x + ex * t - x, p.y + ey * t - y);
    if (d < best.d) {
      const point = { x: p.x + ex * t, y: p.y + ey * t };
      best = { d, s: (line.at[i] as number) + t * Math.sqrt(len2), point };
    }
  }
  return best;
}

/** Where the line sensors are, in the robot frame (x forward, cm). */
export function sensorX(ctx: CheckContext): number {
  const sensors = ctx.kit.lineSensors?.sensors;
  if (!sensors) return ctx.kit.body.centerOffsetCm + ctx.kit.body.lengthCm / 2;
  return sensors.reduce((sum, s) => sum + s.x, 0) / sensors.length;
}

/**
 * Which parts of line `index` the robot's line sensors passed over (within `toleranceCm`),
 * updated with the samples added since the last call.
 */
function coverage(
  ctx: CheckContext,
  key: object,
  index: number,
  toleranceCm: number,
  shares: readonly number[],
): { line: Polyline; cov: Coverage } | undefined {
  const line = polyline(ctx, index);
  if (!line) return undefined;
  let byCheck = cache.get(ctx.trace);
  if (!byCheck) {
    byCheck = new Map();
    cache.set(ctx.trace, byCheck);
  }
  const bins = Math.max(1, Math.ceil(line.length / BIN_CM));
  let cov = byCheck.get(key);
  if (!cov) {
    cov = {
      seen: 0,
      covered: new Uint8Array(bins),
      count: 0,
      lastS: undefined,
      reachedAt: new Map(),
    };
    byCheck.set(key, cov);
  }
  const ahead = sensorX(ctx);
  const mark = (s: number) => {
    let b = Math.floor(s / BIN_CM);
    if (line.closed) b = ((b % bins) + bins) % bins;
    else b = Math.max(0, Math.min(bins - 1, b));
    if (cov.covered[b] === 0) {
      cov.covered[b] = 1;
      cov.count++;
    }
  };
  const samples = ctx.trace.samples;
  for (; cov.seen < samples.length; cov.seen++) {
    const sample = samples[cov.seen] as (typeof samples)[number];
    const p = robotPoint(poseAt(ctx, sample), ahead, 0);
    const { d, s } = nearest(line, p.x, p.y);
    if (d > toleranceCm) {
      cov.lastS = undefined;
      continue;
    }
    if (cov.lastS !== undefined) {
      let delta = s - cov.lastS;
      if (line.closed && Math.abs(delta) > line.length / 2) delta -= Math.sign(delta) * line.length;
      if (Math.abs(delta) <= BRIDGE_CM) {
        const steps = Math.ceil(Math.abs(delta) / BIN_CM);
        for (let k = 1; k < steps; k++) mark(cov.lastS + (delta * k) / steps);
      }
    }
    mark(s);
    cov.lastS = s;
    for (const share of shares) {
      if (!cov.reachedAt.has(share) && cov.count >= share * bins)
        cov.reachedAt.set(share, sample.t);
    }
  }
  return { line, cov };
}

/** Share (0..1) of the line's length covered. */
function shareOf(cov: Coverage): number {
  return cov.count / cov.covered.length;
}

/** `follow-line`: the robot's line sensors pass over at least `minShare` of the line. */
export function followLine(check: CheckOf<'follow-line'>, ctx: CheckContext): CheckOutcome {
  const found = coverage(ctx, check, check.line, check.toleranceCm, []);
  const share = found ? shareOf(found.cov) : 0;
  const params = { share: Math.floor(share * 100), min: Math.round(check.minShare * 100) };
  const passed = share >= check.minShare;
  return {
    passed,
    score: score((100 * share) / check.minShare),
    reason: { key: passed ? 'linePassed' : 'lineFailed', params },
    details: { share },
  };
}

/**
 * `lap-time`: the robot follows `lapShare` of a closed line within `maxMs`; a lap at or
 * under `targetMs` scores 100, slower laps down to 50 at `maxMs`, no lap half its share.
 */
export function lapTime(check: CheckOf<'lap-time'>, ctx: CheckContext): CheckOutcome {
  const found = coverage(ctx, check, check.line, check.toleranceCm, [check.lapShare]);
  const share = found ? shareOf(found.cov) : 0;
  const lapMs = found?.cov.reachedAt.get(check.lapShare);
  if (lapMs === undefined) {
    return {
      passed: false,
      score: score((50 * share) / check.lapShare),
      reason: {
        key: 'lapNone',
        params: { share: Math.floor(share * 100), limit: seconds(check.maxMs) },
      },
      details: { share },
    };
  }
  if (lapMs > check.maxMs) {
    return {
      passed: false,
      score: 40,
      reason: { key: 'lapLate', params: { time: seconds(lapMs), limit: seconds(check.maxMs) } },
      details: { lapMs, share },
    };
  }
  const slow = Math.max(0, lapMs - check.targetMs) / Math.max(1, check.maxMs - check.targetMs);
  return {
    passed: true,
    score: score(100 - 50 * slow),
    reason: { key: 'lapPassed', params: { time: seconds(lapMs), target: seconds(check.targetMs) } },
    details: { lapMs, share },
  };
}
