import { describe, expect, it } from 'vitest';
import { CHECK_TYPES } from '../../lessons/checks/check-schema.ts';
import { describeReason, describeResult } from '../../lessons/checks/describe.ts';
import {
  allSettled,
  CHECK_KINDS,
  canSettleEarly,
  evaluateCheck,
  summarize,
} from '../../lessons/checks/evaluate.ts';
import { check, context, drive, straightLine, trace } from './trace-helpers.ts';

const GOAL = { id: 'goal', x: 200, y: 100, width: 40, height: 40 };

function run(input: Parameters<typeof check>[0], ctx: ReturnType<typeof context>) {
  return evaluateCheck(check(input), ctx);
}

describe('check types', () => {
  it('every check type in the schema has an evaluator', () => {
    expect(Object.keys(CHECK_KINDS).sort()).toEqual([...CHECK_TYPES].sort());
  });
});

describe('reach-zone', () => {
  const world = { zones: [GOAL] };
  it('passes when the robot gets into the zone, and says when', () => {
    const r = run(
      { id: 'goal', type: 'reach-zone', area: 'goal' },
      context(trace(drive([20, 100], [200, 100], 4000)), world),
    );
    expect(r).toMatchObject({ passed: true, score: 100, reason: { key: 'reachPassed' } });
    expect(r.details?.reachedMs).toBe(3600);
    expect(describeReason(r.reason, 'en')).toBe('Reached the zone "goal" at 3.6 s.');
  });

  it('fails with the closest distance when it never gets there, with partial credit', () => {
    const r = run(
      { id: 'goal', type: 'reach-zone', area: 'goal' },
      context(trace(drive([20, 100], [120, 100], 2000)), world),
    );
    expect(r.passed).toBe(false);
    expect(r.reason).toMatchObject({ key: 'reachMissed', params: { cm: 60 } });
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(80);
  });

  it('fails when it gets there too late', () => {
    const r = run(
      { id: 'goal', type: 'reach-zone', area: 'goal', withinMs: 2000 },
      context(trace(drive([20, 100], [200, 100], 4000)), world),
    );
    expect(r.passed).toBe(false);
    expect(r.reason.key).toBe('reachLate');
  });

  it('with stopInside, fails when the robot drives through and out again', () => {
    const r = run(
      { id: 'goal', type: 'reach-zone', area: 'goal', stopInside: true },
      context(trace(drive([20, 100], [280, 100], 4000)), world),
    );
    expect(r.passed).toBe(false);
    expect(r.reason).toMatchObject({ key: 'reachLeft', params: { cm: 80 } });
    const parked = run(
      { id: 'goal', type: 'reach-zone', area: 'goal', stopInside: true },
      context(trace(drive([20, 100], [205, 100], 4000)), world),
    );
    expect(parked).toMatchObject({ passed: true, reason: { key: 'reachParked' } });
  });

  it('accepts a circle as the area', () => {
    const area = { id: 'ring', x: 100, y: 100, radius: 10 };
    const t = trace(drive([20, 100], [95, 100], 2000));
    expect(run({ id: 'c', type: 'reach-zone', area }, context(t)).passed).toBe(true);
    expect(run({ id: 'c', type: 'reach-zone', area: { ...area, x: 150 } }, context(t)).passed).toBe(
      false,
    );
  });
});

describe('visit-in-order', () => {
  const world = {
    zones: [
      { id: 'a', x: 50, y: 50, width: 20, height: 20 },
      { id: 'b', x: 150, y: 50, width: 20, height: 20 },
    ],
  };
  it('passes when the areas are visited in order', () => {
    const t = trace(drive([20, 50], [160, 50], 2000));
    expect(
      run({ id: 'v', type: 'visit-in-order', areas: ['a', 'b'] }, context(t, world)),
    ).toMatchObject({
      passed: true,
      score: 100,
    });
  });

  it('fails in the wrong order, naming the place it never reached next', () => {
    const t = trace(drive([160, 50], [20, 50], 2000));
    const r = run({ id: 'v', type: 'visit-in-order', areas: ['a', 'b'] }, context(t, world));
    expect(r).toMatchObject({
      passed: false,
      score: 50,
      reason: { key: 'visitFailed', area: 'b' },
    });
    expect(describeReason(r.reason, 'en')).toBe(
      'Visited 1 of 2 places in order; it never reached the zone "b" next.',
    );
  });
});

describe('avoid-zone', () => {
  const world = { zones: [{ id: 'water', x: 150, y: 100, width: 20, height: 20 }] };
  it('passes when no part of the robot enters', () => {
    const t = trace(drive([20, 140], [280, 140], 3000));
    expect(run({ id: 'w', type: 'avoid-zone', area: 'water' }, context(t, world)).passed).toBe(
      true,
    );
  });

  it('fails when a corner of the body enters, though the centre stays out', () => {
    // The body is 15 cm wide: at y = 116 its side reaches y = 108.5, inside the zone.
    const t = trace(drive([20, 116], [280, 116], 3000));
    const r = run({ id: 'w', type: 'avoid-zone', area: 'water' }, context(t, world));
    expect(r).toMatchObject({ passed: false, score: 0, reason: { key: 'avoidFailed' } });
  });
});

describe('no-collision', () => {
  const samples = drive([20, 100], [100, 100], 1000);
  it('passes without collision events', () => {
    expect(run({ id: 'n', type: 'no-collision' }, context(trace(samples))).passed).toBe(true);
  });

  it('fails on the first collision and counts them all', () => {
    const t = trace(samples, [
      { t: 400, type: 'collision', with: 'obstacle', id: 'box' },
      { t: 700, type: 'collision', with: 'wall', id: 'wall-0' },
    ]);
    const r = run({ id: 'n', type: 'no-collision' }, context(t));
    expect(r).toMatchObject({
      passed: false,
      score: 50,
      reason: { key: 'collisionHit', what: 'obstacle' },
    });
    expect(describeReason(r.reason, 'en')).toBe('Hit an obstacle at 0.4 s (2 collisions in all).');
    expect(describeReason(r.reason, 'vi')).toBe(
      'Va vào vật cản lúc 0.4 giây (tổng cộng 2 lần va chạm).',
    );
  });

  it('counts only the kinds it is told to', () => {
    const t = trace(samples, [{ t: 400, type: 'collision', with: 'robot', id: '1' }]);
    expect(run({ id: 'n', type: 'no-collision', with: ['wall'] }, context(t)).passed).toBe(true);
  });
});

describe('stop-near-wall', () => {
  // l298n-2wd: the front is 13.5 cm ahead of the axle; the arena's right wall is at x = 300.
  const stopAt = (x: number) =>
    trace(drive([100, 100], [x, 100], 2000), [{ t: 2000, type: 'drive', left: 0, right: 0 }]);
  const input = { id: 's', type: 'stop-near-wall' as const, minCm: 10, maxCm: 20 };

  it('passes when the gap between the front and the wall is in the band', () => {
    const r = run(input, context(stopAt(300 - 13.5 - 15)));
    expect(r).toMatchObject({ passed: true, score: 100, reason: { key: 'wallPassed' } });
    expect(r.details?.gapCm).toBeCloseTo(15, 6);
  });

  it('fails too far and too close, with less credit the further off', () => {
    const far = run(input, context(stopAt(300 - 13.5 - 30)));
    const close = run(input, context(stopAt(300 - 13.5 - 8)));
    expect(far).toMatchObject({ passed: false, reason: { key: 'wallTooFar' } });
    expect(close).toMatchObject({ passed: false, reason: { key: 'wallTooClose' } });
    expect(far.score).toBeLessThan(close.score);
  });

  it('measures to the corner that is nearest when the robot stops crooked', () => {
    const crooked = trace([[0, 270, 100, 30]]);
    const gap = run(input, context(crooked)).details?.gapCm as number;
    // Turned 30° to the left, the right front corner is the nearest to the wall ahead.
    const corner = 270 + 13.5 * Math.cos(Math.PI / 6) + 7.5 * Math.sin(Math.PI / 6);
    expect(gap).toBeCloseTo((300 - corner) / Math.cos(Math.PI / 6), 6);
  });

  it('fails when the robot touched the wall, even if it then backed off', () => {
    const t = trace(drive([100, 100], [270, 100], 2000), [
      { t: 1500, type: 'collision', with: 'wall', id: 'boundary-1' },
    ]);
    expect(run(input, context(t))).toMatchObject({
      passed: false,
      score: 0,
      reason: { key: 'wallTouched' },
    });
  });

  it('fails when the robot is still driving at the time limit', () => {
    const t = trace(drive([100, 100], [271, 100], 2000), [
      { t: 0, type: 'drive', left: 60, right: 60 },
    ]);
    const r = run(input, context(t, {}, { end: { reason: 'time-limit', t: 2000 } }));
    expect(r).toMatchObject({ passed: false, reason: { key: 'wallMoving' } });
  });

  it('sees fixed boxes as walls', () => {
    const world = { obstacles: [{ type: 'box' as const, x: 200, y: 100, width: 10, height: 40 }] };
    const r = run(input, context(stopAt(195 - 13.5 - 12), world));
    expect(r.details?.gapCm).toBeCloseTo(12, 6);
  });
});

describe('follow-line', () => {
  const world = straightLine([20, 100], [220, 100], 3);
  it('passes when the sensors cover enough of the line', () => {
    // l298n-2wd's sensors are 11 cm ahead of the axle.
    const t = trace(drive([9, 100], [209, 100], 8000));
    const r = run({ id: 'f', type: 'follow-line', minShare: 0.9 }, context(t, world));
    expect(r).toMatchObject({ passed: true, score: 100, reason: { key: 'linePassed' } });
  });

  it('fails with the share followed when the robot leaves the line', () => {
    const t = trace([
      ...drive([9, 100], [59, 100], 2000),
      ...drive([59, 100], [109, 160], 2000, 2050),
    ]);
    const r = run({ id: 'f', type: 'follow-line', minShare: 0.9 }, context(t, world));
    expect(r.passed).toBe(false);
    expect(r.reason.key).toBe('lineFailed');
    expect(r.details?.share).toBeGreaterThan(0.2);
    expect(r.details?.share).toBeLessThan(0.35);
  });
});

describe('lap-time', () => {
  const square = [
    { x: 50, y: 50 },
    { x: 150, y: 50 },
    { x: 150, y: 150 },
    { x: 50, y: 150 },
  ];
  const world = { lines: [{ points: square, width: 3, closed: true }] };
  /** Drives the sensor point (11 cm ahead) around the square, `msPerSide` per side. */
  const lap = (msPerSide: number) => {
    const corners: [number, number][] = [...square, square[0] as { x: number; y: number }].map(
      (p) => [p.x, p.y],
    );
    const out: ReturnType<typeof drive> = [];
    for (let i = 0; i < 4; i++) {
      const [a, b] = [corners[i] as [number, number], corners[i + 1] as [number, number]];
      const dx = Math.sign(b[0] - a[0]) * 11;
      const dy = Math.sign(b[1] - a[1]) * 11;
      out.push(
        ...drive([a[0] - dx, a[1] - dy], [b[0] - dx, b[1] - dy], msPerSide, i * (msPerSide + 50)),
      );
    }
    return trace(out);
  };
  const input = { id: 'lap', type: 'lap-time' as const, maxMs: 40_000, targetMs: 20_000 };

  it('passes with full marks for a lap within the target time', () => {
    const r = run(input, context(lap(4000), world));
    expect(r).toMatchObject({ passed: true, score: 100, reason: { key: 'lapPassed' } });
    expect(r.details?.lapMs).toBeGreaterThan(14_000);
    expect(r.details?.lapMs).toBeLessThan(16_500);
  });

  it('scores a slower lap lower, and fails one over the limit', () => {
    const slow = run(input, context(lap(7500), world));
    expect(slow.passed).toBe(true);
    expect(slow.score).toBeLessThan(100);
    expect(slow.score).toBeGreaterThan(50);
    expect(run(input, context(lap(11_000), world))).toMatchObject({
      passed: false,
      reason: { key: 'lapLate' },
    });
  });

  it('fails with the share done when there is no whole lap', () => {
    const half = trace(drive([39, 50], [139, 50], 4000));
    const r = run(input, context(half, world));
    expect(r).toMatchObject({ passed: false, reason: { key: 'lapNone' } });
    expect(r.score).toBeLessThan(20);
  });
});

describe('push-out', () => {
  const world = {
    obstacles: [
      { type: 'cylinder' as const, id: 'can-1', x: 100, y: 100, radius: 3, movable: true },
      { type: 'cylinder' as const, id: 'can-2', x: 110, y: 100, radius: 3, movable: true },
    ],
  };
  const area = { id: 'ring', x: 100, y: 100, radius: 50 };
  /** A run of one sample: the robot at 100, 100, the objects at `objects` (x, y each). */
  const endingWith = (...objects: [number, number][]) =>
    context(trace([[0, 100, 100, 0, objects]]), world);

  it('passes when every object ends outside the area', () => {
    const r = run({ id: 'p', type: 'push-out', area }, endingWith([160, 100], [100, 30]));
    expect(r).toMatchObject({
      passed: true,
      score: 100,
      reason: { key: 'pushPassed', params: { out: 2 } },
    });
  });

  it('fails with how many are out, with credit for each', () => {
    const r = run({ id: 'p', type: 'push-out', area }, endingWith([160, 100], [110, 100]));
    expect(r).toMatchObject({
      passed: false,
      score: 50,
      reason: { key: 'pushFailed', params: { out: 1, min: 2 } },
    });
    expect(describeReason(r.reason, 'en', { ring: { en: 'the ring', vi: 'vòng', lo: 'ວົງ' } })).toBe(
      'Pushed only 1 of 2 objects out of the ring (needed 2).',
    );
  });

  it('counts only the objects named, and passes with minCount', () => {
    const ctx = endingWith([160, 100], [110, 100]);
    expect(run({ id: 'p', type: 'push-out', area, objects: ['can-1'] }, ctx).passed).toBe(true);
    expect(run({ id: 'p', type: 'push-out', area, minCount: 1 }, ctx).passed).toBe(true);
  });
});

describe('events-in-order', () => {
  const steps = [
    { event: 'led' as const },
    { event: 'beep' as const },
    { event: 'led' as const, on: false },
  ];
  const samples = drive([50, 50], [50, 50], 1000);
  it('passes when the steps happen in order', () => {
    const t = trace(samples, [
      { t: 0, type: 'led', state: 'on' },
      { t: 100, type: 'beep', hz: 440, ms: 200 },
      { t: 300, type: 'led', state: 'off' },
    ]);
    expect(run({ id: 'e', type: 'events-in-order', steps }, context(t))).toMatchObject({
      passed: true,
      score: 100,
    });
  });

  it('fails naming the first step that did not happen (a colour counts as on)', () => {
    const t = trace(samples, [
      { t: 0, type: 'led', state: '#ff0000' },
      { t: 300, type: 'led', state: 'off' },
    ]);
    const r = run({ id: 'e', type: 'events-in-order', steps }, context(t));
    expect(r.passed).toBe(false);
    expect(r.score).toBeCloseTo(33.3, 1);
    expect(describeReason(r.reason, 'en')).toBe('Step 2 of 3 did not happen: a beep.');
    expect(describeReason(r.reason, 'lo')).toBe('ຂັ້ນຕອນທີ 2/3 ຍັງບໍ່ເກີດຂຶ້ນ: ສຽງບີບ.');
  });

  it('matches servo angles, beep pitches and printed text', () => {
    const t = trace(samples, [
      { t: 0, type: 'servo', deg: 10 },
      { t: 10, type: 'beep', hz: 880, ms: 100 },
      { t: 20, type: 'log', text: 'Hello, robot' },
    ]);
    const ok = [
      { event: 'servo' as const, maxDeg: 45 },
      { event: 'beep' as const, minHz: 800 },
      { event: 'log' as const, contains: 'Hello' },
    ];
    expect(run({ id: 'e', type: 'events-in-order', steps: ok }, context(t)).passed).toBe(true);
    const r = run(
      { id: 'e', type: 'events-in-order', steps: [{ event: 'servo', minDeg: 135 }] },
      context(t),
    );
    expect(describeReason(r.reason, 'en')).toBe(
      'Step 1 of 1 did not happen: turn the servo to 135 to 180°.',
    );
  });
});

describe('finish-within', () => {
  const t = trace(drive([50, 50], [60, 50], 1000));
  const input = { id: 'f', type: 'finish-within' as const, ms: 5000 };
  it('passes when the program ends by itself in time', () => {
    expect(run(input, context(t, {}, { end: { reason: 'done', t: 1000 } })).passed).toBe(true);
  });
  it('fails when it ends late, is stopped at the limit, or fails', () => {
    expect(run(input, context(t, {}, { end: { reason: 'done', t: 6000 } })).reason.key).toBe(
      'finishLate',
    );
    expect(
      run(input, context(t, {}, { end: { reason: 'time-limit', t: 60_000 } })).reason.key,
    ).toBe('finishNever');
    expect(run(input, context(t, {}, { end: { reason: 'failed', t: 500 } })).reason.key).toBe(
      'finishFailed',
    );
    expect(run(input, context(t, {}, { end: null })).passed).toBe(false);
  });
});

describe('a lesson result from its checks', () => {
  it('passes only when every required check passes; optional ones only add to the score', () => {
    const t = trace(drive([20, 100], [60, 100], 1000), [
      { t: 500, type: 'collision', with: 'wall', id: 'x' },
    ]);
    const ctx = context(t);
    const results = [
      evaluateCheck(
        check({ id: 'move', type: 'reach-zone', area: { x: 60, y: 100, radius: 5 } }),
        ctx,
      ),
      evaluateCheck(check({ id: 'bumps', type: 'no-collision', required: false, weight: 3 }), ctx),
    ];
    const { passed, score } = summarize(results);
    expect(passed).toBe(true);
    expect(score).toBeCloseTo((100 + 3 * 75) / 4, 1);
    expect(
      summarize([{ ...(results[0] as (typeof results)[0]), passed: false, score: 0 }]).passed,
    ).toBe(false);
  });

  it('settles early only when every check can, and only once they have', () => {
    const lap = check({ id: 'l', type: 'reach-zone', area: { x: 60, y: 100, radius: 5 } });
    const bump = check({ id: 'b', type: 'no-collision' });
    expect(canSettleEarly([lap])).toBe(true);
    expect(canSettleEarly([lap, bump])).toBe(false);
    const ctx = (to: number) =>
      context(trace(drive([20, 100], [to, 100], 1000)), {}, { end: null });
    expect(allSettled([lap], ctx(40))).toBe(false);
    expect(allSettled([lap], ctx(60))).toBe(true);
  });

  it('adds the hint in the student language when a check fails', () => {
    const hint = { en: 'Drive further.', vi: 'Đi xa hơn.', lo: 'ໄປໄກກວ່ານີ້.' };
    const r = evaluateCheck(
      check({ id: 'g', type: 'reach-zone', area: { x: 250, y: 100, radius: 5 }, hint }),
      context(trace(drive([20, 100], [60, 100], 1000))),
    );
    expect(describeResult(r, 'vi')).toMatch(/Đi xa hơn\.$/);
    expect(describeResult(r, 'lo')).toMatch(/^ຍັງບໍ່ຮອດ ວົງມົນ: .*ໄປໄກກວ່ານີ້\.$/);
  });
});
