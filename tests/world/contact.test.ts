import { describe, expect, it } from 'vitest';
import { getKit } from '../../robot/index.ts';
import { makeRobot, makeWorld } from './helpers.ts';

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

describe('the broad phase', () => {
  /** Six robots wandering among walls, boxes and cans; their powers change every 0.4 s. */
  function wander(checkEveryStep: boolean) {
    const world = makeWorld(
      {
        walls: [{ from: { x: 200, y: 40 }, to: { x: 200, y: 120 } }],
        obstacles: [
          { type: 'box', x: 300, y: 220, width: 30, height: 12, rotationDeg: 30 },
          { type: 'cylinder', x: 120, y: 230, radius: 8 },
          { type: 'cylinder', x: 160, y: 150, radius: 3.3, movable: true },
          { type: 'cylinder', x: 260, y: 100, radius: 3.3, movable: true },
          { type: 'box', x: 330, y: 60, width: 8, height: 8, movable: true },
        ],
      },
      { realism: 'classroom', seed: 7 },
    );
    const robots = [0, 1, 2, 3, 4, 5].map((i) =>
      world.addRobot(kit, { x: 60 + 55 * i, y: 40 + 40 * (i % 3), headingDeg: 50 * i }),
    );
    for (let t = 0; t < 30_000; t++) {
      if (t % 400 === 0) {
        robots.forEach((body, i) => {
          const turn = ((t / 400 + i) % 5) - 2;
          body.setPowers(70 - 12 * turn, 70 + 12 * turn);
        });
      }
      // Forgetting the measured clearance forces the full contact check this step.
      if (checkEveryStep) for (const body of robots) body.clearanceCm = -1;
      world.step();
    }
    return world;
  }

  it('skips contact checks only where nothing can touch: same trace as checking every step', () => {
    const fast = wander(false);
    const full = wander(true);
    expect(fast.trace.events.filter((e) => e.type === 'collision').length).toBeGreaterThan(10);
    expect(fast.movables.some((m, i) => m.x !== full.movables[i]?.x)).toBe(false);
    expect(fast.trace).toEqual(full.trace);
  });
});
