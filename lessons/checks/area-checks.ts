import {
  areaCenter,
  bodyCorners,
  type CheckContext,
  type CheckOutcome,
  distanceToArea,
  inArea,
  lastSample,
  poseAt,
  score,
  seconds,
  wheelPoints,
} from './check-context.ts';
import type { Area, CheckOf } from './check-schema.ts';
import type { ReasonKey } from './check-texts.ts';

/** `reach-zone`: the robot's centre gets into an area (and, with `stopInside`, ends there). */
export function reachZone(check: CheckOf<'reach-zone'>, ctx: CheckContext): CheckOutcome {
  const { area } = check;
  let enteredAt: number | undefined;
  let closest = Number.POSITIVE_INFINITY;
  let startDistance = 0;
  ctx.trace.samples.forEach((sample, i) => {
    const [x, y] = poseAt(ctx, sample);
    const d = distanceToArea(ctx.world, area, x, y);
    if (i === 0) startDistance = d;
    if (d < closest) closest = d;
    if (enteredAt === undefined && inArea(ctx.world, area, x, y)) enteredAt = sample.t;
  });
  if (enteredAt === undefined) {
    const progress = startDistance > 0 ? 1 - closest / startDistance : 0;
    return {
      passed: false,
      score: score(80 * progress),
      reason: { key: 'reachMissed', params: { cm: Math.round(closest) }, area },
      details: { closestCm: closest },
    };
  }
  if (check.withinMs !== undefined && enteredAt > check.withinMs) {
    return {
      passed: false,
      score: 50,
      reason: {
        key: 'reachLate',
        params: { time: seconds(enteredAt), limit: seconds(check.withinMs) },
        area,
      },
      details: { reachedMs: enteredAt },
    };
  }
  if (check.stopInside) {
    const last = lastSample(ctx);
    const [x, y] = last ? poseAt(ctx, last) : [0, 0];
    if (!inArea(ctx.world, area, x, y)) {
      const c = areaCenter(ctx.world, area);
      return {
        passed: false,
        score: 60,
        reason: {
          key: 'reachLeft',
          params: { cm: Math.round(Math.hypot(x - c.x, y - c.y)) },
          area,
        },
        details: { reachedMs: enteredAt },
      };
    }
    return {
      passed: true,
      score: 100,
      reason: { key: 'reachParked', params: {}, area },
      details: { reachedMs: enteredAt },
    };
  }
  return {
    passed: true,
    score: 100,
    reason: { key: 'reachPassed', params: { time: seconds(enteredAt) }, area },
    details: { reachedMs: enteredAt },
  };
}

/** `visit-in-order`: the robot's centre visits each area in turn. */
export function visitInOrder(check: CheckOf<'visit-in-order'>, ctx: CheckContext): CheckOutcome {
  const { areas } = check;
  let next = 0;
  let lastAt = 0;
  for (const sample of ctx.trace.samples) {
    const area = areas[next];
    if (area === undefined) break;
    const [x, y] = poseAt(ctx, sample);
    if (inArea(ctx.world, area, x, y)) {
      next++;
      lastAt = sample.t;
    }
  }
  const count = areas.length;
  const inTime = check.withinMs === undefined || lastAt <= check.withinMs;
  if (next === count && inTime) {
    return {
      passed: true,
      score: 100,
      reason: { key: 'visitPassed', params: { count } },
      details: { doneMs: lastAt },
    };
  }
  if (next === count) {
    const last = areas[count - 1] as (typeof areas)[number];
    return {
      passed: false,
      score: 50,
      reason: {
        key: 'reachLate',
        params: { time: seconds(lastAt), limit: seconds(check.withinMs ?? 0) },
        area: last,
      },
      details: { doneMs: lastAt },
    };
  }
  return {
    passed: false,
    score: score((100 * next) / count),
    reason: { key: 'visitFailed', params: { done: next, count }, area: areas[next] },
    details: { visited: next },
  };
}

/** `avoid-zone`: no part of the robot's body ever gets into the area. */
export function avoidZone(check: CheckOf<'avoid-zone'>, ctx: CheckContext): CheckOutcome {
  return neverAt(ctx, check.area, ['avoidFailed', 'avoidPassed', 'enteredMs'], (pose) =>
    [{ x: pose[0], y: pose[1] }, ...bodyCorners(ctx.kit, pose)].some((p) =>
      inArea(ctx.world, check.area, p.x, p.y),
    ),
  );
}

/** `stay-inside`: the robot's wheels never leave the area (its front may reach over the edge). */
export function stayInside(check: CheckOf<'stay-inside'>, ctx: CheckContext): CheckOutcome {
  return neverAt(ctx, check.area, ['stayLeft', 'stayPassed', 'leftMs'], (pose) =>
    wheelPoints(ctx.kit, pose).some((p) => !inArea(ctx.world, check.area, p.x, p.y)),
  );
}

/**
 * A rule about `area` the robot must keep for the whole run: failed (`failed`, the time in
 * the details as `detail`, ms) at the first sample whose pose `breaks` it, else passed.
 */
function neverAt(
  ctx: CheckContext,
  area: Area,
  [failed, passed, detail]: readonly [ReasonKey, ReasonKey, string],
  breaks: (pose: [number, number, number]) => boolean,
): CheckOutcome {
  const sample = ctx.trace.samples.find((s) => breaks(poseAt(ctx, s)));
  if (sample === undefined)
    return { passed: true, score: 100, reason: { key: passed, params: {}, area } };
  return {
    passed: false,
    score: 0,
    reason: { key: failed, params: { time: seconds(sample.t) }, area },
    details: { [detail]: sample.t },
  };
}
