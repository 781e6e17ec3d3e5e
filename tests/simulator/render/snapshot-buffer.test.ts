import { describe, expect, it } from 'vitest';
import {
  quietRobot,
  type RobotSnapshot,
  type WorldSnapshot,
} from '../../../simulator/render/snapshot.ts';
import {
  blendSnapshots,
  lerpAngleDeg,
  SnapshotBuffer,
} from '../../../simulator/render/snapshot-buffer.ts';

function world(time: number, r: Partial<RobotSnapshot>, can = { x: 0, y: 0 }): WorldSnapshot {
  return { time, robots: [quietRobot(r)], movables: [{ id: 'can', ...can }] };
}

describe('interpolation between world steps', () => {
  it('blends poses and takes on/off state from the newer snapshot', () => {
    const a = world(100, { x: 10, y: 20, headingDeg: 0, led: 'off' }, { x: 0, y: 0 });
    const b = world(116, { x: 20, y: 40, headingDeg: 90, led: 'on' }, { x: 4, y: 8 });
    const mid = blendSnapshots(a, b, 0.25);
    expect(mid.time).toBe(104);
    expect(mid.robots[0]).toMatchObject({ x: 12.5, y: 25, headingDeg: 22.5, led: 'on' });
    expect(mid.movables[0]).toEqual({ id: 'can', x: 1, y: 2 });
  });

  it('turns the short way round across ±180°', () => {
    expect(lerpAngleDeg(170, -170, 0.5)).toBeCloseTo(180);
    expect(lerpAngleDeg(-170, 170, 0.5)).toBeCloseTo(-180);
    expect(lerpAngleDeg(10, 350, 0.5)).toBeCloseTo(0);
  });

  it('runs one snapshot behind, blending over the interval the snapshots arrived at', () => {
    const buffer = new SnapshotBuffer();
    expect(buffer.sample(0)).toBeUndefined();
    buffer.push(world(0, { x: 0 }), 1000);
    expect(buffer.sample(1005)?.robots[0]?.x).toBe(0);
    buffer.push(world(16, { x: 16 }), 1016);
    expect(buffer.sample(1016)?.robots[0]?.x).toBe(0);
    expect(buffer.sample(1024)?.robots[0]?.x).toBe(8);
    expect(buffer.sample(1040)?.robots[0]?.x).toBe(16);
  });

  it('does not blend across a reset (time going back)', () => {
    const buffer = new SnapshotBuffer();
    buffer.push(world(5000, { x: 150 }), 1000);
    buffer.push(world(5016, { x: 151 }), 1016);
    buffer.push(world(0, { x: 20 }), 1032);
    expect(buffer.sample(1033)?.robots[0]?.x).toBe(20);
  });
});
