import type { TraceEvent } from '../../simulator/world/trace.ts';
import {
  type CheckContext,
  type CheckOutcome,
  type Reason,
  robotEvents,
  score,
  seconds,
} from './check-context.ts';
import type { CheckOf } from './check-schema.ts';
import type { ReasonKey } from './check-texts.ts';
import { numbersIn } from './trace-pose.ts';

/** A stop shorter than this while the robot should drive is a program reading the button. */
const STILL_MS = 200;

/**
 * When the button was pressed: the world's scripted presses within the time limit (the
 * same in every run on that world, also after the program ended), else the presses the
 * trace records (a hand on the robot in the web app).
 */
export function pressTimes(ctx: CheckContext): number[] {
  const scripted = [...ctx.world.buttonPresses].sort((a, b) => a.atMs - b.atMs);
  if (scripted.length > 0) {
    const times: number[] = [];
    for (const press of scripted) {
      const last = times.at(-1);
      if (last !== undefined && press.atMs <= last) continue;
      if (press.atMs < ctx.timeLimitMs) times.push(press.atMs);
    }
    return times;
  }
  return robotEvents(ctx).flatMap((e) => (e.type === 'button' && e.pressed ? [e.t] : []));
}

/** When the program ended by itself, if it did before the time limit. */
function endedAt(ctx: CheckContext): number | undefined {
  return ctx.end?.reason === 'done' ? ctx.end.t : undefined;
}

/** The wheel powers as stretches: from `t` on, driving or not (until the next stretch). */
function driveStretches(events: readonly TraceEvent[]): { t: number; moving: boolean }[] {
  const out: { t: number; moving: boolean }[] = [{ t: 0, moving: false }];
  for (const e of events) {
    if (e.type !== 'drive') continue;
    const moving = e.left !== 0 || e.right !== 0;
    const last = out.at(-1) as { t: number; moving: boolean };
    if (last.t === e.t) last.moving = moving;
    else if (last.moving !== moving) out.push({ t: e.t, moving });
  }
  return out;
}

/**
 * `button-drive`: the robot stands still until the first press; each odd press starts it,
 * each even press stops it (within `reactMs`), until the end of the run.
 */
export function buttonDrive(check: CheckOf<'button-drive'>, ctx: CheckContext): CheckOutcome {
  const presses = pressTimes(ctx);
  const end = ctx.timeLimitMs;
  const stretches = driveStretches(robotEvents(ctx));
  /** The first time in [from, to) the robot drives, or undefined. */
  const firstDrive = (from: number, to: number) => {
    for (let i = 0; i < stretches.length; i++) {
      const s = stretches[i] as { t: number; moving: boolean };
      const until = stretches[i + 1]?.t ?? Number.POSITIVE_INFINITY;
      if (s.moving && until > from && s.t < to) return Math.max(s.t, from);
    }
    return undefined;
  };
  /** The first time in [from, to) the robot stands still for STILL_MS (or to the end). */
  const firstStill = (from: number, to: number) => {
    for (let i = 0; i < stretches.length; i++) {
      const s = stretches[i] as { t: number; moving: boolean };
      const until = Math.min(stretches[i + 1]?.t ?? Number.POSITIVE_INFINITY, to);
      const start = Math.max(s.t, from);
      if (!s.moving && start < to && (until - start >= STILL_MS || until >= to)) return start;
    }
    return undefined;
  };
  const intervals = presses.length + 1;
  let right = 0;
  let reason: CheckOutcome['reason'] | undefined;
  const early = firstDrive(0, presses[0] ?? end);
  if (early === undefined) right++;
  else if (presses[0] !== undefined) {
    reason = {
      key: 'movedBeforePress',
      params: { time: seconds(early), press: seconds(presses[0]) },
    };
  } else reason = { key: 'movedWithoutPress', params: { time: seconds(early) } };
  presses.forEach((at, i) => {
    const n = i + 1;
    const from = at + check.reactMs;
    const to = presses[i + 1] ?? end;
    if (from >= to) {
      right++;
      return;
    }
    const drives = n % 2 === 1;
    const wrong = drives ? firstStill(from, to) : firstDrive(from, to);
    if (wrong === undefined) {
      right++;
      return;
    }
    if (reason) return;
    const ended = endedAt(ctx);
    reason =
      ended !== undefined && ended <= wrong
        ? { key: 'buttonProgramEnded', params: { time: seconds(ended), n } }
        : {
            key: drives ? 'pressNotStarted' : 'pressNotStopped',
            params: { n, press: seconds(at), time: seconds(wrong) },
          };
  });
  return pressOutcome(reason, 'buttonDrivePassed', presses.length, right, intervals);
}

/** `button-count`: after press n (and before the next), the program prints the count n. */
export function buttonCount(_check: CheckOf<'button-count'>, ctx: CheckContext): CheckOutcome {
  const presses = pressTimes(ctx);
  const end = ctx.timeLimitMs;
  const ended = endedAt(ctx);
  const lines = robotEvents(ctx).filter((e) => e.type === 'log');
  let right = 0;
  let reason: CheckOutcome['reason'] | undefined;
  presses.forEach((at, i) => {
    const n = i + 1;
    const to = presses[i + 1] ?? end;
    const printed = lines
      .filter((e) => e.t >= at && e.t < to)
      .flatMap((e) => numbersIn(e.text))
      .filter((x) => Number.isInteger(x));
    if (printed.includes(n)) {
      right++;
      return;
    }
    if (reason) return;
    const more = printed.find((x) => x > n);
    const fewer = printed.find((x) => x < n);
    const press = seconds(at);
    if (ended !== undefined && ended <= at)
      reason = { key: 'buttonProgramEnded', params: { time: seconds(ended), n } };
    else if (more !== undefined)
      reason = { key: 'countTooMany', params: { n, press, printed: more } };
    else if (fewer !== undefined)
      reason = { key: 'countTooFew', params: { n, press, printed: fewer } };
    else reason = { key: 'countMissing', params: { n, press } };
  });
  if (presses.length === 0) {
    const details = { presses: 0 };
    return { passed: false, score: 0, reason: { key: 'noPresses', params: {} }, details };
  }
  return pressOutcome(reason, 'countPassed', presses.length, right, presses.length);
}

/**
 * A check over `presses` presses: failed with the first wrong one's `reason`, scored by the
 * share done right (`right` of `outOf`); passed (`passedKey`, the presses counted) without one.
 */
function pressOutcome(
  reason: Reason | undefined,
  passedKey: ReasonKey,
  presses: number,
  right: number,
  outOf: number,
): CheckOutcome {
  const details = { presses };
  if (!reason) {
    return {
      passed: true,
      score: 100,
      reason: { key: passedKey, params: { count: presses } },
      details,
    };
  }
  return { passed: false, score: score((100 * right) / outOf), reason, details };
}
