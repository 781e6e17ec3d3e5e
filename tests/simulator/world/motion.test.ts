import { describe, expect, it } from 'vitest';
import { getKit } from '../../../robot/index.ts';
import { wrapDeg } from '../../../simulator/world/det-math.ts';
import { makeRobot } from './helpers.ts';

describe('motion in ideal realism', () => {
  for (const kitId of ['l298n-2wd', 'l9110s-nano', 'mbot']) {
    it(`${kitId}: forward(50) moves 50 cm straight`, async () => {
      const robot = makeRobot({}, { kit: kitId });
      await robot.forward(50);
      expect(robot.body.x - 100).toBeCloseTo(50, 6);
      expect(robot.body.y).toBeCloseTo(150, 9);
      expect(robot.body.headingDeg).toBeCloseTo(0, 9);
      expect(robot.body.powerLeft).toBe(0);
    });

    it(`${kitId}: turn(90) turns in place to the left`, async () => {
      const robot = makeRobot({}, { kit: kitId });
      await robot.turn(90);
      expect(robot.body.headingDeg).toBeCloseTo(90, 6);
      expect(robot.body.x).toBeCloseTo(100, 9);
      expect(robot.body.y).toBeCloseTo(150, 9);
      await robot.turn(-135);
      expect(robot.body.headingDeg).toBeCloseTo(-45, 6);
    });
  }

  it('backward(20) moves back and the time is the calibrated travel time', async () => {
    const robot = makeRobot();
    const kit = getKit('l298n-2wd');
    await robot.backward(20);
    expect(robot.body.x).toBeCloseTo(80, 6);
    const expectedMs =
      (20 / ((kit.drive.maxSpeedCmPerS * kit.drive.movePowerPercent) / 100)) * 1000;
    expect(Math.abs(robot.time() - expectedMs)).toBeLessThanOrEqual(1);
  });

  it('a square of four 40 cm sides comes back to the start', async () => {
    const robot = makeRobot();
    for (let i = 0; i < 4; i++) {
      await robot.forward(40);
      await robot.turn(90);
    }
    expect(robot.body.x).toBeCloseTo(100, 6);
    expect(robot.body.y).toBeCloseTo(150, 6);
    expect(wrapDeg(robot.body.headingDeg)).toBeCloseTo(0, 6);
  });

  it('constant powers drive an arc of radius (track/2)(vR+vL)/(vR-vL)', async () => {
    const robot = makeRobot({
      size: { width: 1000, height: 1000 },
      start: { x: 500, y: 500, headingDeg: 0 },
    });
    const kit = getKit('l298n-2wd');
    const vl = (kit.drive.maxSpeedCmPerS * 30) / 100;
    const vr = (kit.drive.maxSpeedCmPerS * 60) / 100;
    const radius = ((kit.drive.trackWidthCm / 2) * (vr + vl)) / (vr - vl);
    robot.drive(30, 60);
    // Centre of the circle is `radius` to the left of the start (heading +x → left is +y).
    const cx = 500;
    const cy = 500 + radius;
    for (let t = 0; t < 4000; t += 250) {
      await robot.wait(250);
      const r = Math.hypot(robot.body.x - cx, robot.body.y - cy);
      expect(r).toBeCloseTo(radius, 4);
    }
    const omega = (vr - vl) / kit.drive.trackWidthCm;
    const angle = omega * 4;
    expect(robot.body.x).toBeCloseTo(cx + radius * Math.sin(angle), 4);
    expect(robot.body.y).toBeCloseTo(cy - radius * Math.cos(angle), 4);
  });

  it('drive() keeps going until stop()', async () => {
    const robot = makeRobot();
    robot.drive(50, 50);
    await robot.wait(1000);
    const v = (getKit('l298n-2wd').drive.maxSpeedCmPerS * 50) / 100;
    expect(robot.body.x).toBeCloseTo(100 + v, 6);
    robot.stop();
    await robot.wait(1000);
    expect(robot.body.x).toBeCloseTo(100 + v, 6);
  });
});

describe('motion in classroom realism', () => {
  it('motors below the dead-band do not turn', async () => {
    const robot = makeRobot({}, { realism: 'classroom' });
    robot.drive(20, 20);
    await robot.wait(1000);
    expect(robot.body.x).toBe(100);
  });

  it('forward(50) lands near, not exactly on, 50 cm and depends on the seed', async () => {
    const ends: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const robot = makeRobot({}, { realism: 'classroom', seed });
      await robot.forward(50);
      await robot.wait(500);
      const moved = Math.hypot(robot.body.x - 100, robot.body.y - 150);
      expect(Math.abs(moved - 50)).toBeLessThan(5);
      ends.push(robot.body.x);
    }
    expect(new Set(ends).size).toBe(5);
    expect(ends.some((x) => Math.abs(x - 150) > 0.05)).toBe(true);
  });
});
