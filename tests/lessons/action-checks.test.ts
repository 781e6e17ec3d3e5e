import { describe, expect, it } from 'vitest';
import { describeReason } from '../../lessons/checks/describe.ts';
import { countCorners, enclosedArea } from '../../lessons/checks/drawing-checks.ts';
import { evaluateCheck } from '../../lessons/checks/evaluate.ts';
import {
  check,
  context,
  drive,
  type EventInput,
  type Sample,
  straightLine,
  trace,
} from './trace-helpers.ts';

function run(input: Parameters<typeof check>[0], ctx: ReturnType<typeof context>) {
  return evaluateCheck(check(input), ctx);
}

/** Samples of a robot standing at (x, y) facing `h`, from `from` to `to` ms. */
function stand(x: number, y: number, h: number, from: number, to: number): Sample[] {
  const out: Sample[] = [];
  for (let t = from; t <= to; t += 50) out.push([t, x, y, h]);
  return out;
}

const log = (t: number, text: string): EventInput => ({ t, type: 'log', text });

describe('prints-reading', () => {
  // l298n-2wd: its ultrasonic sensor is 12.5 cm ahead of the axle; the east wall is at 300.
  const distance = { id: 'd', type: 'prints-reading', sensor: 'distance' } as const;

  it('passes when a printed number is what the sensor read where the robot was', () => {
    const r = run(distance, context(trace(stand(100, 100, 0, 0, 500), [log(200, 'Wall: 188 cm')])));
    expect(r).toMatchObject({ passed: true, reason: { key: 'distancePrinted' } });
    expect(describeReason(r.reason, 'en')).toBe(
      'Printed 1 true distance from the ultrasonic sensor (188 cm).',
    );
  });

  it('fails on a number learnt by heart, saying what the sensor read', () => {
    const r = run(distance, context(trace(stand(150, 100, 0, 0, 500), [log(200, 'Wall: 188 cm')])));
    expect(r.passed).toBe(false);
    expect(describeReason(r.reason, 'en')).toBe(
      'At 0.2 s the program printed "Wall: 188 cm", but the ultrasonic sensor read 138 cm there.',
    );
  });

  it('counts readings apart only where the sensor read different distances', () => {
    const two = { ...distance, minCount: 2, apart: 20 };
    const samples = [...stand(100, 100, 0, 0, 500), ...drive([100, 100], [150, 100], 1000, 550)];
    const same = run(two, context(trace(samples, [log(100, '188'), log(300, '187.6')])));
    expect(same.passed).toBe(false);
    expect(describeReason(same.reason, 'en')).toBe(
      'Printed 1 true distance; print at least 2, measured at places at least 20 cm apart.',
    );
    const apart = run(two, context(trace(samples, [log(100, '188'), log(1550, 'd=137.5')])));
    expect(apart).toMatchObject({ passed: true, score: 100 });
    expect(describeReason(apart.reason, 'en')).toContain('2 true distances');
  });

  it('a program that prints nothing is told to print', () => {
    const r = run(distance, context(trace(stand(100, 100, 0, 0, 500))));
    expect(r.reason.key).toBe('printedNothing');
  });

  it("reads the floor as the kit's module reports it: 0 or 1 on a digital one", () => {
    // A black patch under the sensors (11 cm ahead of the axle) of a robot at x = 100.
    const world = straightLine([105, 100], [125, 100], 20);
    const floor = {
      id: 'f',
      type: 'prints-reading',
      sensor: 'floor',
      minCount: 2,
      apart: 0.5,
    } as const;
    const samples = [...stand(100, 100, 0, 0, 500), ...stand(200, 100, 0, 550, 1000)];
    const digital = run(
      floor,
      context(trace(samples, [log(100, 'floor 0'), log(700, 'floor 1')]), world),
    );
    expect(digital).toMatchObject({ passed: true });
    const analog = run(
      floor,
      context(trace(samples, [log(100, '0.08'), log(700, '0.85')]), world, { kit: 'l9110s-nano' }),
    );
    expect(analog).toMatchObject({ passed: true });
    const wrong = run(
      floor,
      context(trace(samples, [log(100, '0.5'), log(700, '0.5')]), world, { kit: 'l9110s-nano' }),
    );
    expect(wrong.passed).toBe(false);
    expect(describeReason(wrong.reason, 'en')).toContain('the line sensors read 0.08 / 0.08 there');
  });
});

describe('button-drive and button-count', () => {
  const presses = [
    { atMs: 1000, holdMs: 200 },
    { atMs: 3000, holdMs: 200 },
    { atMs: 5000, holdMs: 200 },
  ];
  const world = { buttonPresses: presses };
  const samples = stand(50, 50, 0, 0, 8000);
  const onOff = (starts: number[], stops: number[]): EventInput[] =>
    [
      ...starts.map((t) => ({ t, type: 'drive', left: 50, right: 50 }) as EventInput),
      ...stops.map((t) => ({ t, type: 'drive', left: 0, right: 0 }) as EventInput),
    ].sort((a, b) => a.t - b.t);
  const timeLimitMs = 8000;
  const end = { reason: 'time-limit', t: 8000 } as const;

  it('passes a robot that starts on odd presses and stops on even ones', () => {
    const r = run(
      { id: 'b', type: 'button-drive' },
      context(trace(samples, onOff([1040, 5030], [3020])), world, { timeLimitMs, end }),
    );
    expect(r).toMatchObject({ passed: true, score: 100 });
    expect(describeReason(r.reason, 'en')).toBe(
      'Started and stopped with all 3 presses of the button.',
    );
  });

  it('says when the robot drove before the first press', () => {
    const r = run(
      { id: 'b', type: 'button-drive' },
      context(trace(samples, onOff([0, 5030], [3020])), world, { timeLimitMs, end }),
    );
    expect(describeReason(r.reason, 'en')).toBe(
      'The robot drove at 0.0 s, before the first press of the button at 1.0 s.',
    );
    expect(r.score).toBe(75);
  });

  it('says which press it did not stop after, and which it did not start after', () => {
    const noStop = run(
      { id: 'b', type: 'button-drive' },
      context(trace(samples, onOff([1040], [])), world, { timeLimitMs, end }),
    );
    expect(describeReason(noStop.reason, 'en')).toBe(
      'After press 2 at 3.0 s the robot should stop, but at 3.4 s it was still driving.',
    );
    const noStart = run(
      { id: 'b', type: 'button-drive' },
      context(trace(samples, onOff([1040], [3020])), world, { timeLimitMs, end }),
    );
    expect(describeReason(noStart.reason, 'en')).toBe(
      'After press 3 at 5.0 s the robot should drive, but at 5.4 s it stood still.',
    );
  });

  it('a short stop to read the button is no stop; a program that ended is told so', () => {
    const reading = onOff([1040, 2100, 5030], [2000, 3020]);
    const r = run(
      { id: 'b', type: 'button-drive' },
      context(trace(samples, reading), world, { timeLimitMs, end }),
    );
    expect(r.passed).toBe(true);
    const ended = run(
      { id: 'b', type: 'button-drive' },
      context(trace(stand(50, 50, 0, 0, 4000), onOff([1040], [3020, 4000])), world, {
        timeLimitMs,
        end: { reason: 'done', t: 4000 },
      }),
    );
    expect(describeReason(ended.reason, 'en')).toBe(
      'The program ended at 4.0 s, before press 3 of the button: keep reading the button in a loop.',
    );
  });

  it('button-count: the count after each press, or what went wrong', () => {
    const count = (lines: EventInput[]) =>
      run(
        { id: 'c', type: 'button-count' },
        context(trace(samples, lines), world, { timeLimitMs, end }),
      );
    const right = count([log(1020, 'Presses: 1'), log(3020, 'Presses: 2'), log(5040, '3')]);
    expect(right).toMatchObject({ passed: true, score: 100 });
    const held = count([log(1020, 'Presses: 1'), log(3020, 'Presses: 2'), log(5040, 'Presses: 9')]);
    expect(describeReason(held.reason, 'en')).toBe(
      'After press 3 at 5.0 s the program printed 9, not 3: one press was counted more than once.',
    );
    expect(held.score).toBeCloseTo(66.7, 1);
    const missed = count([log(1020, '1'), log(3020, '1')]);
    expect(describeReason(missed.reason, 'en')).toBe(
      'After press 2 at 3.0 s the program printed 1, not 2: a press was missed.',
    );
    expect(count([]).reason.key).toBe('countMissing');
  });
});

describe('draw-shape and light-show', () => {
  /** A closed polygon of `sides` sides of `cm`, driven and turned in place, from (100, 100). */
  function polygon(sides: number, cm: number): Sample[] {
    const out: Sample[] = [];
    let x = 100;
    let y = 100;
    let h = 0;
    let t = 0;
    for (let s = 0; s < sides; s++) {
      const rad = (h * Math.PI) / 180;
      const nx = x + Math.cos(rad) * cm;
      const ny = y + Math.sin(rad) * cm;
      for (const [sx, sy] of drive([x, y], [nx, ny], 1000).map(([, a, b]) => [a, b])) {
        out.push([t, sx as number, sy as number, h]);
        t += 50;
      }
      [x, y] = [nx, ny];
      const turn = 360 / sides;
      for (let k = 1; k <= 10; k++) {
        out.push([t, x, y, h + (turn * k) / 10]);
        t += 50;
      }
      h += turn;
    }
    return out;
  }

  it('counts the corners of a polygon, not the bends of a curve', () => {
    const poses = polygon(5, 30).map(([, x, y, h]) => [x, y, h] as [number, number, number]);
    expect(countCorners(poses)).toBe(5);
    const circle = Array.from({ length: 200 }, (_, i) => {
      const a = (i / 200) * 2 * Math.PI;
      return [100 + 30 * Math.sin(a), 70 + 30 - 30 * Math.cos(a), (a * 180) / Math.PI] as [
        number,
        number,
        number,
      ];
    });
    expect(countCorners(circle)).toBe(0);
    expect(enclosedArea(circle)).toBeCloseTo(Math.PI * 900, -1);
  });

  const shape = {
    id: 's',
    type: 'draw-shape',
    closeCm: 10,
    minAreaCm2: 1000,
    minCorners: 5,
  } as const;

  it('passes a closed pentagon big enough, and words it', () => {
    const r = run(shape, context(trace(polygon(5, 30))));
    expect(r.passed).toBe(true);
    expect(describeReason(r.reason, 'en')).toMatch(
      /^Drew a closed shape with 5 corners: 150 cm of line around 15\d\d cm²\.$/,
    );
  });

  it('fails an open path, a small shape, too few corners and a path off the paper', () => {
    const open = polygon(5, 30).slice(0, -40);
    expect(run(shape, context(trace(open))).reason.key).toBe('shapeOpen');
    // A long line may end further off: a tenth of its 120 cm is 12 cm, a third 40 cm.
    expect(
      describeReason(run({ ...shape, closeShare: 0.1 }, context(trace(open))).reason, 'en'),
    ).toBe('The shape is not closed: the robot ended 30 cm from where it started (at most 12 cm).');
    expect(run({ ...shape, closeShare: 0.3 }, context(trace(open))).reason.key).not.toBe(
      'shapeOpen',
    );
    expect(describeReason(run(shape, context(trace(polygon(5, 15)))).reason, 'en')).toMatch(
      /^The shape is too small: it surrounds 3\d\d cm² \(at least 1000 cm²\)\.$/,
    );
    const square = run(shape, context(trace(polygon(4, 40))));
    expect(describeReason(square.reason, 'en')).toBe(
      'The shape has 4 corners; it needs at least 5.',
    );
    const paper = { zones: [{ id: 'paper', x: 110, y: 110, width: 40, height: 40 }] };
    const off = run({ ...shape, area: 'paper' }, context(trace(polygon(5, 30)), paper));
    expect(off.reason.key).toBe('shapeLeft');
  });

  const show = {
    id: 'show',
    type: 'light-show',
    minNotes: 4,
    minPitches: 3,
    minLedChanges: 4,
  } as const;
  const beep = (t: number, hz: number): EventInput => ({ t, type: 'beep', hz, ms: 200 });
  const led = (t: number, state: string): EventInput => ({ t, type: 'led', state });

  it('light-show: counts notes, pitches and LED changes, and names what is missing', () => {
    const samples = stand(0, 0, 0, 0, 3000);
    const full = [beep(0, 440), led(0, 'on'), beep(200, 523), led(200, 'off'), beep(400, 659)];
    const all = [...full, led(400, 'red'), beep(600, 440), led(600, 'off')];
    const dim = [...full, beep(600, 440)];
    expect(run(show, context(trace(samples, all)))).toMatchObject({ passed: true, score: 100 });
    const one = run(show, context(trace(samples, [beep(0, 440)])));
    expect(describeReason(one.reason, 'en')).toBe(
      'The robot played 1 note; the show needs at least 4.',
    );
    const monotone = [0, 1, 2, 3].map((i) => beep(i * 200, 440));
    expect(describeReason(run(show, context(trace(samples, monotone))).reason, 'en')).toBe(
      'Every note had the same pitch; play at least 3 different ones.',
    );
    const dark = run(show, context(trace(samples, dim)));
    expect(describeReason(dark.reason, 'en')).toBe(
      'The LED changed 2 times; the show needs at least 4 changes.',
    );
  });
});

describe('signal-in-area', () => {
  const world = { zones: [{ id: 'drop', x: 200, y: 100, width: 40, height: 40 }] };
  const arrive = [...drive([50, 100], [200, 100], 3000), ...stand(200, 100, 0, 3050, 4000)];
  const signal = { id: 'sig', type: 'signal-in-area', signal: 'led', area: 'drop' } as const;

  it('passes when the LED comes on in the area', () => {
    const r = run(signal, context(trace(arrive, [{ t: 3200, type: 'led', state: 'on' }]), world));
    expect(r).toMatchObject({ passed: true, reason: { key: 'ledInArea' } });
  });

  it('says the LED came on before the robot got there (a move without await)', () => {
    const r = run(signal, context(trace(arrive, [{ t: 0, type: 'led', state: 'on' }]), world));
    expect(describeReason(r.reason, 'en')).toBe(
      'The LED came on at 0.0 s, 130 cm before the zone "drop": the robot was not there yet.',
    );
    const never = run(signal, context(trace(arrive), world));
    expect(describeReason(never.reason, 'en')).toBe('The LED never came on.');
  });
});
