import { cos, degToRad, sin } from '../../simulator/world/det-math.ts';
import { arenaSides, rectPoints, type Vec } from '../../simulator/world/geometry.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';
import {
  type CheckContext,
  type CheckOutcome,
  lastSample,
  poseAt,
  robotEvents,
  robotPoint,
  score,
  seconds,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';

/** `no-collision`: the robot never touches a wall, obstacle or robot (the kinds listed). */
export function noCollision(check: CheckOf<'no-collision'>, ctx: CheckContext): CheckOutcome {
  const hits = robotEvents(ctx).filter(
    (e): e is Extract<typeof e, { type: 'collision' }> =>
      e.type === 'collision' && check.with.includes(e.with),
  );
  const first = hits[0];
  if (!first) return { passed: true, score: 100, reason: { key: 'collisionNone', params: {} } };
  return {
    passed: false,
    score: score(100 - 25 * hits.length),
    reason: {
      key: 'collisionHit',
      params: { time: seconds(first.t), count: hits.length },
      what: first.with,
    },
    details: { collisions: hits.length, firstMs: first.t },
  };
}

/**
 * `stop-near-wall`: the robot ends stopped with the gap between its front and the wall or
 * obstacle straight ahead inside [minCm, maxCm], and never touched one.
 */
export function stopNearWall(check: CheckOf<'stop-near-wall'>, ctx: CheckContext): CheckOutcome {
  const band = { min: check.minCm, max: check.maxCm };
  const events = robotEvents(ctx);
  const touch = events.find(
    (e): e is Extract<typeof e, { type: 'collision' }> =>
      e.type === 'collision' && e.with !== 'robot',
  );
  if (touch) {
    return {
      passed: false,
      score: 0,
      reason: { key: 'wallTouched', params: { time: seconds(touch.t) }, what: touch.with },
      details: { touchedMs: touch.t },
    };
  }
  const lastDrive = events.findLast((e) => e.type === 'drive');
  const stillDriving =
    lastDrive?.type === 'drive' && (lastDrive.left !== 0 || lastDrive.right !== 0);
  if (stillDriving && (ctx.end === null || ctx.end.reason === 'time-limit')) {
    return { passed: false, score: 0, reason: { key: 'wallMoving', params: {} } };
  }
  const last = lastSample(ctx);
  const gap = last ? frontGap(ctx, poseAt(ctx, last)) : Number.POSITIVE_INFINITY;
  if (gap === Number.POSITIVE_INFINITY) {
    return { passed: false, score: 0, reason: { key: 'wallNone', params: {} } };
  }
  const params = { gap: gap.toFixed(1), min: band.min, max: band.max };
  if (gap < band.min || gap > band.max) {
    const miss = gap < band.min ? band.min - gap : gap - band.max;
    return {
      passed: false,
      score: score(Math.min(90, 100 - 10 * miss)),
      reason: { key: gap < band.min ? 'wallTooClose' : 'wallTooFar', params },
      details: { gapCm: gap },
    };
  }
  return {
    passed: true,
    score: 100,
    reason: { key: 'wallPassed', params },
    details: { gapCm: gap },
  };
}

/**
 * How far (cm) the robot at `pose` could drive straight ahead before its front touches a
 * wall or fixed obstacle: the shortest of three rays from its front corners and middle.
 */
export function frontGap(ctx: CheckContext, pose: readonly [number, number, number]): number {
  const { lengthCm, widthCm, centerOffsetCm } = ctx.kit.body;
  const front = centerOffsetCm + lengthCm / 2;
  const h = degToRad(pose[2]);
  const dir = { x: cos(h), y: sin(h) };
  const segments = staticSegments(ctx.world);
  const circles = ctx.world.obstacles.filter((o) => o.type === 'cylinder' && !o.movable);
  let best = Number.POSITIVE_INFINITY;
  for (const side of [widthCm / 2, 0, -widthCm / 2]) {
    const o = robotPoint(pose, front, side);
    for (const [p, q] of segments) best = Math.min(best, raySegment(o, dir, p, q));
    for (const c of circles) {
      if (c.type === 'cylinder') best = Math.min(best, rayCircle(o, dir, c, c.radius));
    }
  }
  return best;
}

/** The arena boundary, the walls and the edges of fixed boxes, as segments. */
function staticSegments(world: WorldSpec): [Vec, Vec][] {
  const out = arenaSides(world.size.width, world.size.height);
  for (const wall of world.walls) out.push([wall.from, wall.to]);
  for (const ob of world.obstacles) {
    if (ob.type !== 'box' || ob.movable) continue;
    const r = degToRad(ob.rotationDeg);
    const pts = rectPoints(ob.x, ob.y, ob.width, ob.height, cos(r), sin(r));
    pts.forEach((p, i) => {
      out.push([p, pts[(i + 1) % pts.length] as Vec]);
    });
  }
  return out;
}

/** Distance along the ray o + t·d (d a unit vector) to segment pq; Infinity when it misses. */
function raySegment(o: Vec, d: Vec, p: Vec, q: Vec): number {
  const ex = q.x - p.x;
  const ey = q.y - p.y;
  const denom = d.x * ey - d.y * ex;
  if (denom === 0) return Number.POSITIVE_INFINITY;
  const wx = p.x - o.x;
  const wy = p.y - o.y;
  const t = (wx * ey - wy * ex) / denom;
  const u = (wx * d.y - wy * d.x) / denom;
  return t >= 0 && u >= 0 && u <= 1 ? t : Number.POSITIVE_INFINITY;
}

/** Distance along the ray o + t·d to a circle; Infinity when it misses. */
function rayCircle(o: Vec, d: Vec, c: Vec, r: number): number {
  const fx = o.x - c.x;
  const fy = o.y - c.y;
  const b = fx * d.x + fy * d.y;
  const disc = b * b - (fx * fx + fy * fy - r * r);
  if (disc < 0) return Number.POSITIVE_INFINITY;
  const t = -b - Math.sqrt(disc);
  return t >= 0 ? t : Number.POSITIVE_INFINITY;
}
