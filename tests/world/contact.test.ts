import { describe, expect, it } from 'vitest';
import { getKit } from '../../robot/index.ts';
import { makeRobot } from './helpers.ts';

const kit = getKit('l298n-2wd');
const FRONT = kit.body.centerOffsetCm + kit.body.lengthCm / 2; // axle to front bumper, cm

describe('collisions', () => {
  it('a wall stops the robot at its front bumper and counts one collision', async () => {
    const robot = makeRobot({ walls: [{ from: { x: 200, y: 0 }, to: { x: 200, y: 300 } }] });
    robot.drive(80, 80);
    await robot.wait(5000);
    expect(robot.body.x + FRONT).toBeCloseTo(200, 6);
    expect(robot.body.headingDeg).toBeCloseTo(0, 9);
    const hits = robot.world.trace.events.filter((e) => e.type === 'collision');
    expect(hits).toEqual([expect.objectContaining({ robot: 0, with: 'wall', id: 'wall-0' })]);
  });

  it('a robot never passes through a box, even driving into it for a long time', async () => {
    const robot = makeRobot({
      obstacles: [{ type: 'box', x: 200, y: 150, width: 4, height: 100 }],
    });
    robot.drive(100, 100);
    await robot.wait(20_000);
    expect(robot.body.x + FRONT).toBeLessThanOrEqual(198 + 1e-9);
  });

  it('slides along a wall it meets at an angle', async () => {
    const robot = makeRobot({ start: { x: 100, y: 150, headingDeg: 45 } });
    robot.drive(60, 60);
    await robot.wait(10_000);
    // It reached the top wall (y=300) and kept moving right along it.
    const { points } = robot.body.shape;
    expect(Math.max(...points.map((p) => p.y))).toBeCloseTo(300, 6);
    expect(robot.body.x).toBeGreaterThan(250);
  });

  it('pushes a movable can ahead of it', async () => {
    const robot = makeRobot({
      obstacles: [{ type: 'cylinder', id: 'can', x: 150, y: 150, radius: 3.3, movable: true }],
    });
    await robot.forward(100);
    const can = robot.world.movables[0];
    expect(can?.x).toBeCloseTo(robot.body.x + FRONT + 3.3, 6);
    expect(can?.y).toBeCloseTo(150, 6);
    expect(robot.world.trace.events.some((e) => e.type === 'collision')).toBe(false);
  });

  it('a can pushed into a wall stops the robot too', async () => {
    const robot = makeRobot({
      obstacles: [{ type: 'cylinder', x: 350, y: 150, radius: 3.3, movable: true }],
    });
    robot.drive(80, 80);
    await robot.wait(20_000);
    expect(robot.world.movables[0]?.x).toBeCloseTo(400 - 3.3, 6);
    expect(robot.body.x + FRONT).toBeCloseTo(400 - 6.6, 6);
  });
});
