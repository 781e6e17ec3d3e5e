import {
  type CheckContext,
  type CheckOutcome,
  inArea,
  lastSample,
  movableIds,
  score,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';

/** `push-out`: movable objects end with their centre outside the area. */
export function pushOut(check: CheckOf<'push-out'>, ctx: CheckContext): CheckOutcome {
  const ids = movableIds(ctx.world);
  const wanted = check.objects ?? ids;
  const last = lastSample(ctx);
  let out = 0;
  for (const id of wanted) {
    const position = last?.objects[ids.indexOf(id)];
    if (position && !inArea(ctx.world, check.area, position[0], position[1])) out++;
  }
  const total = wanted.length;
  const min = Math.min(check.minCount ?? total, total);
  const passed = out >= min;
  return {
    passed,
    score: score((100 * out) / min),
    reason: {
      key: passed ? 'pushPassed' : 'pushFailed',
      params: { out, total, min },
      area: check.area,
    },
    details: { out },
  };
}
