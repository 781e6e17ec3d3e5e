import { describe, expect, it } from 'vitest';
import { getKit } from '../../../robot/index.ts';
import { makeRobot } from './helpers.ts';

// l298n-2wd: ultrasonic mounted 12.5 cm ahead of the axle, on the pan servo.
const US_X = 12.5;

describe('ultrasonic cone (ideal)', () => {
  it('reads the true distance to a wall straight ahead', async () => {
    // Robot at x=100 facing +x; arena wall at x=400 → sensor-to-wall = 400 - 112.5.
    const robot = makeRobot();
    expect(await robot.distance()).toBeCloseTo(400 - 100 - US_X, 9);
  });

  it('reads a wall at an angle as the nearest point inside ±15°', async () => {
    // Facing 30° towards the top wall (y=300): nearest in-cone point is along the cone
    // edge at 45°, at distance (300 - y0) / sin(45°).
    const robot = makeRobot({ start: { x: 100, y: 150, headingDeg: 30 } });
    const y0 = 150 + US_X * Math.sin(Math.PI / 6);
    const x0 = 100 + US_X * Math.cos(Math.PI / 6);
    const toTop = (300 - y0) / Math.sin(Math.PI / 4);
    const toRight = (400 - x0) / Math.cos(Math.PI / 12);
    expect(await robot.distance()).toBeCloseTo(Math.min(toTop, toRight), 6);
  });

  it('reads a box face and a cylinder surface', async () => {
    const box = makeRobot({ obstacles: [{ type: 'box', x: 200, y: 150, width: 10, height: 40 }] });
    expect(await box.distance()).toBeCloseTo(195 - 100 - US_X, 9);
    const can = makeRobot({ obstacles: [{ type: 'cylinder', x: 180, y: 150, radius: 5 }] });
    expect(await can.distance()).toBeCloseTo(175 - 100 - US_X, 9);
  });

  it('sees a cylinder 10° off the axis but not one 25° off', async () => {
    const d = 60;
    const at = (deg: number) => ({
      type: 'cylinder' as const,
      x: 100 + US_X + d * Math.cos((deg * Math.PI) / 180),
      y: 150 + d * Math.sin((deg * Math.PI) / 180),
      radius: 3,
    });
    const inside = makeRobot({ obstacles: [at(10)] });
    expect(await inside.distance()).toBeCloseTo(d - 3, 9);
    const outside = makeRobot({ obstacles: [at(25)] });
    expect(await outside.distance()).toBeCloseTo(400 - 100 - US_X, 9);
  });

  it('turns with the pan servo', async () => {
    const robot = makeRobot({
      obstacles: [{ type: 'box', x: 112.5, y: 200, width: 40, height: 10 }],
    });
    expect(await robot.distance()).toBeCloseTo(400 - 100 - US_X, 9);
    await robot.servo(180);
    expect(robot.body.servoDeg).toBe(180);
    expect(await robot.distance()).toBeCloseTo(195 - 150, 9);
  });

  it('reports Infinity beyond 400 cm and 2 cm when closer', async () => {
    const far = makeRobot({ size: { width: 800, height: 300 } });
    expect(await far.distance()).toBe(Number.POSITIVE_INFINITY);
    const near = makeRobot({ obstacles: [{ type: 'box', x: 114, y: 150, width: 1, height: 20 }] });
    expect(await near.distance()).toBe(2);
  });

  it('costs one ultrasonic cycle of robot time', async () => {
    const robot = makeRobot();
    await robot.distance();
    expect(robot.time()).toBe(60);
  });
});

describe('line sensors', () => {
  const kit = getKit('l9110s-nano'); // analog, left/right at x=9, y=±1.2
  it('see a line under them and the floor beside it', async () => {
    const line = {
      points: [
        { x: 0, y: 150 },
        { x: 400, y: 150 },
      ],
      width: 2,
    };
    const robot = makeRobot({ lines: [line] }, { kit });
    const raw = await robot.lineRaw();
    // Both sensors 1.2 cm off the centre of a 2 cm line: spot (±0.4 cm) from 0.8 to 1.6,
    // covered up to 1.0 → cover = (1 + 0.4 - 1.2) / 0.8 = 0.25.
    expect(raw.left).toBeCloseTo(0.85 + (0.08 - 0.85) * 0.25, 9);
    expect(raw.right).toBeCloseTo(raw.left, 12);
    expect(await robot.line()).toEqual({ left: false, right: false });

    const onLeft = makeRobot(
      {
        lines: [
          {
            ...line,
            points: [
              { x: 0, y: 151.2 },
              { x: 400, y: 151.2 },
            ],
          },
        ],
      },
      { kit },
    );
    expect((await onLeft.lineRaw()).left).toBeCloseTo(0.08, 9);
    expect(await onLeft.line()).toEqual({ left: true, right: false });
  });

  it('digital modules read only dark or light, with a centre sensor on the l298n-2wd', async () => {
    const robot = makeRobot({
      lines: [
        {
          points: [
            { x: 111, y: 0 },
            { x: 111, y: 300 },
          ],
          width: 4,
        },
      ],
    });
    expect(await robot.line()).toEqual({ left: true, center: true, right: true });
    expect(await robot.lineRaw()).toEqual({ left: 0, center: 0, right: 0 });
    const off = makeRobot();
    expect(await off.line()).toEqual({ left: false, center: false, right: false });
  });

  it('lines bend with a closed loop', async () => {
    const loop = {
      points: [
        { x: 90, y: 140 },
        { x: 130, y: 140 },
        { x: 130, y: 160 },
        { x: 90, y: 160 },
      ],
      width: 2,
      closed: true,
    };
    // The closing edge (90,160)→(90,140) is the one a robot facing -x at x=100 sees at x≈91.
    const robot = makeRobot({ lines: [loop], start: { x: 100, y: 150, headingDeg: 180 } }, { kit });
    expect(await robot.line()).toEqual({ left: true, right: true });
  });
});
