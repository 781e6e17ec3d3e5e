import { describe, expect, it } from 'vitest';
import { describeReason, describeResult } from '../../lessons/checks/describe.ts';
import { evaluateCheck, evaluateChecks } from '../../lessons/checks/evaluate.ts';
import { check, context, drive, trace } from './trace-helpers.ts';

/** A closed square line around (100, 100), 40 cm from the middle to each side. */
const SQUARE = {
  lines: [
    {
      closed: true,
      points: [
        { x: 60, y: 60 },
        { x: 140, y: 60 },
        { x: 140, y: 140 },
        { x: 60, y: 140 },
      ],
    },
  ],
};
const INSIDE = { id: 'ring', line: 0 } as const;

describe('an area inside a closed line', () => {
  it('holds what the line encloses: objects pushed over it are out', () => {
    const t = trace([
      [0, 100, 100, 0, [[110, 100]]],
      [50, 100, 100, 0, [[150, 100]]],
    ]);
    const world = {
      ...SQUARE,
      obstacles: [
        { type: 'cylinder' as const, id: 'can', x: 110, y: 100, radius: 3, movable: true },
      ],
    };
    const push = check({ id: 'out', type: 'push-out', area: INSIDE });
    expect(evaluateCheck(push, context(t, world))).toMatchObject({
      passed: true,
      reason: { key: 'pushPassed', params: { out: 1 } },
    });
    const kept = trace([[0, 100, 100, 0, [[130, 100]]]]);
    expect(evaluateCheck(push, context(kept, world)).passed).toBe(false);
  });

  it('is reached and missed by the robot centre, and named in every language', () => {
    const reached = evaluateCheck(
      check({ id: 'in', type: 'reach-zone', area: INSIDE }),
      context(trace(drive([10, 100], [70, 100], 1000)), SQUARE),
    );
    expect(reached.passed).toBe(true);
    const missed = evaluateCheck(
      check({ id: 'in', type: 'reach-zone', area: { line: 0 } }),
      context(trace(drive([10, 100], [40, 100], 1000)), SQUARE),
    );
    expect(missed.reason).toMatchObject({ key: 'reachMissed', params: { cm: 20 } });
    expect(describeReason(missed.reason, 'en')).toContain('the inside of the line');
    expect(describeReason(missed.reason, 'vi')).toContain('bên trong đường kẻ');
  });
});

describe('stay-inside', () => {
  const stay = check({ id: 'stay', type: 'stay-inside', area: INSIDE });

  it('passes while the wheels stay inside, even when the front reaches over the line', () => {
    // l298n-2wd: the front is 13.5 cm ahead of the wheels, which are 6.75 cm to each side.
    const r = evaluateCheck(stay, context(trace(drive([100, 100], [130, 100], 1000)), SQUARE));
    expect(r).toMatchObject({ passed: true, score: 100, reason: { key: 'stayPassed' } });
  });

  it('fails, saying when, as soon as a wheel crosses the line', () => {
    const r = evaluateCheck(stay, context(trace(drive([100, 100], [150, 100], 1000)), SQUARE));
    expect(r).toMatchObject({ passed: false, score: 0, reason: { key: 'stayLeft' } });
    expect(r.details?.leftMs).toBe(800);
    expect(describeReason(r.reason, 'en', { ring: { en: 'the ring', vi: 'vòng', lo: 'ວົງ' } })).toBe(
      'A wheel left the ring at 0.8 s.',
    );
  });

  it('counts a wheel that leaves sideways too', () => {
    // Heading along the line 5 cm inside it: the right-hand wheel is 1.75 cm outside.
    const r = evaluateCheck(stay, context(trace(drive([80, 65], [120, 65], 500)), SQUARE));
    expect(r.passed).toBe(false);
  });
});

describe('a check that needs another', () => {
  const checks = [
    check({ id: 'corners', type: 'visit-in-order', areas: ['a', 'b'] }),
    check({ id: 'home', type: 'reach-zone', area: 'a', stopInside: true, needs: 'corners' }),
    check({
      id: 'bumps',
      type: 'no-collision',
      needs: 'corners',
      hint: { en: 'x', vi: 'x', lo: 'x' },
    }),
  ];
  const world = {
    zones: [
      { id: 'a', x: 50, y: 50, width: 30, height: 30 },
      { id: 'b', x: 150, y: 50, width: 30, height: 30 },
    ],
  };

  it('does not count for a robot that stayed home, and says which check it waits for', () => {
    const [, home, bumps] = evaluateChecks(checks, context(trace([[0, 50, 50, 0]]), world));
    expect(home).toMatchObject({ passed: false, score: 0, reason: { key: 'needsFirst' } });
    expect(bumps).toMatchObject({ passed: false, score: 0 });
    expect(describeResult(home as NonNullable<typeof home>, 'en')).toBe(
      'Does not count yet: it counts once "corners" passes.',
    );
  });

  it('counts once the needed check passed', () => {
    const t = trace([
      ...drive([50, 50], [150, 50], 1000),
      ...drive([150, 50], [50, 50], 1000, 1050),
    ]);
    const results = evaluateChecks(checks, context(t, world));
    expect(results.map((r) => r.passed)).toEqual([true, true, true]);
  });

  it('keeps its own reason when it fails by itself', () => {
    const t = trace(drive([50, 50], [50, 50], 100), [
      { t: 50, type: 'collision', with: 'wall', id: 'w' },
    ]);
    const [, , bumps] = evaluateChecks(checks, context(t, world));
    expect(bumps?.reason.key).toBe('collisionHit');
  });
});
