import { describe, expect, it } from 'vitest';
import { getKit } from '../../../robot/index.ts';
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
  /**
   * Six robots wandering among walls, boxes, cans and zones; their powers change every
   * 0.4 s. `how`: 'step' calls step() each ms, 'full' also forgets the measured clearance
   * before each (so every step checks every contact), 'advance' uses advanceTo().
   */
  function wander(how: 'step' | 'full' | 'advance') {
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
        zones: [
          { id: 'a', x: 100, y: 100, width: 60, height: 40 },
          { id: 'b', x: 300, y: 150, width: 80, height: 200 },
          { id: 'strip', x: 200, y: 150, width: 400, height: 20 },
          { id: 'column', x: 150, y: 150, width: 16, height: 300 },
        ],
      },
      { realism: 'classroom', seed: 7 },
    );
    const robots = [0, 1, 2, 3, 4, 5].map((i) =>
      world.addRobot(kit, { x: 60 + 55 * i, y: 40 + 40 * (i % 3), headingDeg: 50 * i }),
    );
    for (let t = 0; t < 30_000; t += 400) {
      robots.forEach((body, i) => {
        const turn = ((t / 400 + i) % 5) - 2;
        body.setPowers(i === 5 ? 0 : 70 - 12 * turn, i === 5 ? 0 : 70 + 12 * turn);
        body.servoTarget = 90 + 30 * turn;
      });
      if (how === 'advance') {
        world.advanceTo(t + 400);
        continue;
      }
      for (let ms = 0; ms < 400; ms++) {
        // Forgetting the measured clearance forces the full contact check this step.
        if (how === 'full') for (const body of robots) body.clearanceCm = -1;
        world.step();
      }
    }
    return world;
  }

  it('skips contact checks only where nothing can touch: same trace as checking every step', () => {
    const fast = wander('step');
    const full = wander('full');
    expect(fast.trace.events.filter((e) => e.type === 'collision').length).toBeGreaterThan(10);
    expect(fast.movables.some((m, i) => m.x !== full.movables[i]?.x)).toBe(false);
    expect(fast.trace).toEqual(full.trace);
  });

  /** Two robots on long arcs through zones in a big arena, now and then hitting a wall. */
  function roam(how: 'step' | 'advance') {
    const world = makeWorld(
      {
        size: { width: 900, height: 700 },
        obstacles: [{ type: 'cylinder', x: 450, y: 350, radius: 20 }],
        zones: [
          ...[150, 350, 550].map((y) => ({ id: `row-${y}`, x: 450, y, width: 900, height: 30 })),
          ...[150, 450, 750].map((x) => ({ id: `col-${x}`, x, y: 350, width: 30, height: 700 })),
        ],
      },
      { realism: 'classroom', seed: 3 },
    );
    const robots = [
      world.addRobot(kit, { x: 150, y: 150, headingDeg: 10 }),
      world.addRobot(kit, { x: 700, y: 500, headingDeg: 200 }),
    ];
    for (let t = 0; t < 60_000; t += 1000) {
      robots.forEach((body, i) => {
        const turn = ((t / 1000 + 2 * i) % 7) - 3;
        body.setPowers(80 - 4 * turn, 80 + 4 * turn);
      });
      if (how === 'advance') world.advanceTo(t + 1000);
      else for (let ms = 0; ms < 1000; ms++) world.step();
    }
    return world;
  }

  it('glides over steps that can only move robots: advanceTo() gives the same trace as step()', () => {
    for (const scene of [wander, roam]) {
      const stepped = scene('step');
      const advanced = scene('advance');
      const zoneEvents = stepped.trace.events.filter((e) => e.type === 'zone');
      expect(zoneEvents.length).toBeGreaterThan(10);
      expect(stepped.trace.events.some((e) => e.type === 'collision')).toBe(true);
      expect(advanced.robots.map((r) => [r.x, r.y, r.heading, r.servoDeg])).toEqual(
        stepped.robots.map((r) => [r.x, r.y, r.heading, r.servoDeg]),
      );
      expect(advanced.trace).toEqual(stepped.trace);
    }
  });
});
