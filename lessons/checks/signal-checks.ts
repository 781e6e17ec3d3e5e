import {
  type CheckContext,
  type CheckOutcome,
  distanceToArea,
  inArea,
  robotEvents,
  seconds,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';
import { poseAtTime } from './trace-pose.ts';

const KEYS = {
  led: { passed: 'ledInArea', never: 'ledNever', early: 'ledEarly', outside: 'ledOutside' },
  beep: { passed: 'beepInArea', never: 'beepNever', early: 'beepEarly', outside: 'beepOutside' },
} as const;

/**
 * `signal-in-area`: the LED comes on (or the robot beeps) while the robot is in an area,
 * e.g. "switch the light on when the parcel is delivered". A signal given too early says
 * so: a move without `await` lets the next line run before the robot has arrived.
 */
export function signalInArea(check: CheckOf<'signal-in-area'>, ctx: CheckContext): CheckOutcome {
  const { area, signal } = check;
  const keys = KEYS[signal];
  const signals = robotEvents(ctx).filter((e) =>
    signal === 'led' ? e.type === 'led' && e.state !== 'off' : e.type === 'beep',
  );
  if (signals.length === 0) {
    return { passed: false, score: 0, reason: { key: keys.never, params: {} } };
  }
  for (const e of signals) {
    const [x, y] = poseAtTime(ctx, e.t);
    if (inArea(ctx.world, area, x, y)) {
      return {
        passed: true,
        score: 100,
        reason: { key: keys.passed, params: { time: seconds(e.t) }, area },
        details: { signalMs: e.t },
      };
    }
  }
  const first = signals[0] as (typeof signals)[number];
  const [x, y] = poseAtTime(ctx, first.t);
  const later = ctx.trace.samples.some((s) => {
    const pose = s.robots[ctx.robot];
    return s.t > first.t && pose !== undefined && inArea(ctx.world, area, pose[0], pose[1]);
  });
  const params = {
    time: seconds(first.t),
    cm: Math.round(distanceToArea(ctx.world, area, x, y)),
  };
  return {
    passed: false,
    score: 50,
    reason: { key: later ? keys.early : keys.outside, params, area },
    details: { signalMs: first.t },
  };
}
