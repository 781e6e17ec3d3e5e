import { avoidZone, reachZone, stayInside, visitInOrder } from './area-checks.ts';
import { buttonCount, buttonDrive } from './button-checks.ts';
import type { CheckContext, CheckOutcome, CheckResult } from './check-context.ts';
import type { Check, CheckOf, CheckType } from './check-schema.ts';
import { noCollision, stopNearWall } from './contact-checks.ts';
import { drawShape, lightShow } from './drawing-checks.ts';
import { eventsInOrder, finishWithin } from './event-checks.ts';
import { followLine, lapTime } from './line-checks.ts';
import { pushOut } from './object-checks.ts';
import { printsReading } from './reading-checks.ts';
import { signalInArea } from './signal-checks.ts';

/** How one check type is evaluated. */
interface CheckKind<T extends CheckType> {
  evaluate(check: CheckOf<T>, ctx: CheckContext): CheckOutcome;
  /**
   * Whether `outcome`, seen while the program still runs, can no longer change (so a run
   * may end early once every check is settled). Absent: only the end of the run settles it.
   */
  settled?(check: CheckOf<T>, outcome: CheckOutcome): boolean;
}

const settledWhenPassed = (_check: unknown, outcome: CheckOutcome) => outcome.passed;

/** Every check type, as a table: adding a type = a schema entry, an evaluator, a row here. */
export const CHECK_KINDS: { [T in CheckType]: CheckKind<T> } = {
  'reach-zone': {
    evaluate: reachZone,
    settled: (check, outcome) => outcome.passed && !check.stopInside,
  },
  'visit-in-order': { evaluate: visitInOrder, settled: settledWhenPassed },
  'avoid-zone': { evaluate: avoidZone },
  'stop-near-wall': { evaluate: stopNearWall },
  'stay-inside': { evaluate: stayInside, settled: (_check, outcome) => !outcome.passed },
  'no-collision': { evaluate: noCollision },
  'follow-line': { evaluate: followLine, settled: settledWhenPassed },
  'lap-time': { evaluate: lapTime, settled: settledWhenPassed },
  'push-out': { evaluate: pushOut },
  'events-in-order': { evaluate: eventsInOrder, settled: settledWhenPassed },
  'finish-within': { evaluate: finishWithin },
  'prints-reading': { evaluate: printsReading },
  'button-drive': { evaluate: buttonDrive },
  'button-count': { evaluate: buttonCount },
  'draw-shape': { evaluate: drawShape },
  'light-show': { evaluate: lightShow, settled: settledWhenPassed },
  'signal-in-area': { evaluate: signalInArea, settled: settledWhenPassed },
};

function kindOf<T extends CheckType>(check: CheckOf<T>): CheckKind<T> {
  return CHECK_KINDS[check.type as T];
}

/** Evaluates one check on a run. */
export function evaluateCheck(check: Check, ctx: CheckContext): CheckResult {
  const outcome = kindOf(check).evaluate(check, ctx);
  return {
    id: check.id,
    type: check.type,
    required: check.required,
    weight: check.weight,
    ...(check.hint ? { hint: check.hint } : {}),
    ...outcome,
  };
}

/**
 * Evaluates every check of a lesson on a run. A check that `needs` another counts only once
 * that one passed: until then it fails, with no score, saying so.
 */
export function evaluateChecks(checks: readonly Check[], ctx: CheckContext): CheckResult[] {
  const results = checks.map((check) => evaluateCheck(check, ctx));
  return results.map((result, i) => {
    const needs = (checks[i] as Check).needs;
    const needed = results.find((r) => r.id === needs);
    if (!needed || needed.passed || !result.passed) return result;
    // Its hint would tell how to do this check well; the needed one comes first.
    const { details: _details, hint: _hint, ...rest } = result;
    return {
      ...rest,
      passed: false,
      score: 0,
      reason: { key: 'needsFirst', params: { check: needed.id } },
    };
  });
}

/** Whether every check can settle before the run ends (only then is asking early useful). */
export function canSettleEarly(checks: readonly Check[]): boolean {
  return checks.every((check) => kindOf(check).settled !== undefined);
}

/** Whether every check's result is final, so the rest of the run cannot change the grade. */
export function allSettled(checks: readonly Check[], ctx: CheckContext): boolean {
  return checks.every((check) => {
    const kind = kindOf(check);
    return kind.settled?.(check, kind.evaluate(check, ctx)) === true;
  });
}

/**
 * The lesson result of one run: passed when every required check passed; the score is
 * the weighted mean of the check scores, 0..100.
 */
export function summarize(results: readonly CheckResult[]): { passed: boolean; score: number } {
  const passed = results.every((r) => r.passed || !r.required);
  const total = results.reduce((sum, r) => sum + r.weight, 0);
  const weighted = results.reduce((sum, r) => sum + r.score * r.weight, 0);
  return { passed, score: total > 0 ? Math.round((weighted / total) * 10) / 10 : 0 };
}
