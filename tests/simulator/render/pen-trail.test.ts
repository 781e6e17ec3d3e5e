import type { BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { getKit } from '../../../robot/index.ts';
import { snapshotWorld } from '../../../simulator/render/snapshot.ts';
import { TrailView } from '../../../simulator/render/trail-view.ts';
import { parseWorld } from '../../../simulator/world/load-world.ts';
import { SimRobot } from '../../../simulator/world/sim-robot.ts';
import { World } from '../../../simulator/world/world.ts';

function world(pen: boolean): SimRobot {
  const spec = parseWorld(
    {
      size: { width: 200, height: 200 },
      start: { x: 50, y: 50, headingDeg: 0 },
      ...(pen ? { pen: { color: '#ff0000', widthCm: 2 } } : {}),
    },
    'pen.json',
  );
  const w = new World(spec, { seed: 1, realism: 'ideal' });
  return new SimRobot(w, w.addRobot(getKit('l298n-2wd')));
}

/** The scene (x, z) points of the drawn ink, as world (x, y). */
function inkPoints(view: TrailView): [number, number][] {
  const attr = view.mesh.geometry.getAttribute('position') as BufferAttribute;
  const out: [number, number][] = [];
  for (let i = 0; i < view.pieceCount * 6; i++) out.push([attr.getX(i), -attr.getZ(i)]);
  return out;
}

describe('the pen trail', () => {
  it('a world without a pen sends no trail', async () => {
    const robot = world(false);
    await robot.forward(20);
    expect(snapshotWorld(robot.world).trail).toBeUndefined();
  });

  it('is the trace samples of the robot, sent from a sample number on', async () => {
    const robot = world(true);
    await robot.forward(30);
    robot.world.finish();
    const samples = robot.world.trace.samples;
    const all = snapshotWorld(robot.world).trail;
    expect(all?.from).toBe(0);
    expect(all?.points[0]).toEqual(samples.flatMap((s) => [s.robots[0]?.[0], s.robots[0]?.[1]]));
    const rest = snapshotWorld(robot.world, 3).trail;
    expect(rest?.points[0]).toEqual(all?.points[0]?.slice(6));
  });

  it('draws the same ink whether the samples come at once or in small batches', async () => {
    const robot = world(true);
    await robot.forward(30);
    await robot.turn(90);
    await robot.forward(20);
    robot.world.finish();
    const flat = snapshotWorld(robot.world).trail?.points[0] ?? [];
    const once = new TrailView('#ff0000', 2);
    once.append(0, flat);
    const batches = new TrailView('#ff0000', 2);
    for (let from = 0; from * 2 < flat.length; from += 3) {
      // Overlapping batches (a sample sent twice) must not draw twice.
      batches.append(from, flat.slice(from * 2, from * 2 + 8));
    }
    expect(batches.pieceCount).toBe(once.pieceCount);
    expect(inkPoints(batches)).toEqual(inkPoints(once));
    // The ink covers the path: from x = 50 to about 80, then up to y = 70.
    const xs = inkPoints(once).map(([x]) => x);
    const ys = inkPoints(once).map(([, y]) => y);
    expect(Math.min(...xs)).toBeCloseTo(49, 0);
    expect(Math.max(...xs)).toBeGreaterThan(79);
    expect(Math.max(...ys)).toBeGreaterThan(69);
  });

  it('a robot standing still draws nothing, and a new run wipes the old trail', () => {
    const view = new TrailView('#000000', 1);
    view.append(0, [10, 10, 10, 10, 10, 10]);
    expect(view.pieceCount).toBe(0);
    view.append(3, [20, 10]);
    expect(view.pieceCount).toBe(1);
    view.append(0, [50, 50]);
    expect(view.pieceCount).toBe(0);
    view.append(1, [60, 50]);
    expect(view.pieceCount).toBe(1);
  });

  it('grows past its first buffer', () => {
    const view = new TrailView('#000000', 1);
    const flat = Array.from({ length: 1000 }, (_, i) => [i, (i % 2) * 3]).flat();
    view.append(0, flat);
    expect(view.pieceCount).toBe(999);
    expect(Math.max(...inkPoints(view).map(([x]) => x))).toBeGreaterThan(999);
  });
});
