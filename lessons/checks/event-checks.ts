import type { TraceEvent } from '../../simulator/world/trace.ts';
import type { CheckContext, CheckOutcome, Reason } from './check-context.ts';
import { robotEvents, score, seconds } from './check-context.ts';
import type { CheckOf, EventStep } from './check-schema.ts';

function matches(step: EventStep, e: TraceEvent): boolean {
  switch (step.event) {
    case 'led':
      return e.type === 'led' && (e.state !== 'off') === step.on;
    case 'beep':
      return e.type === 'beep' && e.hz >= step.minHz && e.hz <= step.maxHz;
    case 'servo':
      return e.type === 'servo' && e.deg >= step.minDeg && e.deg <= step.maxDeg;
    case 'log':
      return e.type === 'log' && e.text.includes(step.contains);
  }
}

function stepReason(step: EventStep): NonNullable<Reason['step']> {
  switch (step.event) {
    case 'led':
      return { name: step.on ? 'led-on' : 'led-off', params: {} };
    case 'beep':
      return step.minHz === 0 && step.maxHz === 20_000
        ? { name: 'beep-any', params: {} }
        : { name: 'beep', params: { minHz: step.minHz, maxHz: step.maxHz } };
    case 'servo':
      return { name: 'servo', params: { minDeg: step.minDeg, maxDeg: step.maxDeg } };
    case 'log':
      return { name: 'log', params: { text: step.contains } };
  }
}

/** `events-in-order`: the robot does each step (LED, beep, servo, print) after the one before. */
export function eventsInOrder(check: CheckOf<'events-in-order'>, ctx: CheckContext): CheckOutcome {
  const { steps } = check;
  let next = 0;
  for (const e of robotEvents(ctx)) {
    const step = steps[next];
    if (!step) break;
    if (matches(step, e)) next++;
  }
  const total = steps.length;
  const missing = steps[next];
  if (!missing) {
    return { passed: true, score: 100, reason: { key: 'eventsPassed', params: { total } } };
  }
  return {
    passed: false,
    score: score((100 * next) / total),
    reason: { key: 'eventsFailed', params: { n: next + 1, total }, step: stepReason(missing) },
    details: { done: next },
  };
}

/** `finish-within`: the program ends by itself, without an error, by `ms`. */
export function finishWithin(check: CheckOf<'finish-within'>, ctx: CheckContext): CheckOutcome {
  const end = ctx.end;
  const limit = seconds(check.ms);
  if (end === null || end.reason === 'time-limit') {
    return { passed: false, score: 0, reason: { key: 'finishNever', params: { limit } } };
  }
  if (end.reason === 'failed') {
    return { passed: false, score: 0, reason: { key: 'finishFailed', params: {} } };
  }
  const time = seconds(end.t);
  if (end.t > check.ms) {
    return {
      passed: false,
      score: 50,
      reason: { key: 'finishLate', params: { time, limit } },
      details: { endMs: end.t },
    };
  }
  return {
    passed: true,
    score: 100,
    reason: { key: 'finishPassed', params: { time } },
    details: { endMs: end.t },
  };
}
