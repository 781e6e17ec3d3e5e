import { describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { findBuiltinFormat } from '../../../lessons/competitions/formats.ts';
import { getKit } from '../../../robot/index.ts';
import { SimSession, type SimSessionOptions } from '../../../simulator/world/index.ts';
import { makeWorld } from './helpers.ts';

const kit = getKit('l298n-2wd');
const sumo = findBuiltinFormat('sumo');
const [left, right] = sumo.rules.kind === 'sumo' ? sumo.rules.starts : [];

/** Two programs in the sumo ring, robot 0 on the left start (facing up), robot 1 on the right. */
async function session(a: string, b: string, extra: Partial<SimSessionOptions> = {}) {
  return new SimSession({
    world: sumo.world,
    entries: [
      { kit, source: a, language: 'js', ...(left ? { pose: left } : {}) },
      { kit, source: b, language: 'js', ...(right ? { pose: right } : {}) },
    ],
    seed: 4,
    realism: 'classroom',
    maxTimeMs: 10_000,
    quickjs: await loadQuickJs(),
    now: () => performance.now(),
    ...extra,
  });
}

const IDLE = 'await robot.wait(10000);';

describe('several robots in one world, one program each', () => {
  it('each robot senses the other: the ultrasonic sees its body', async () => {
    // Robot 0 turns right to face robot 1, 70 cm away (axle to axle).
    const s = await session(`await robot.turn(-90);\nconsole.log(await robot.distance());`, IDLE);
    s.runToEnd();
    const seen = Number(s.outcomes[0]?.output[0]);
    // Sensor 12.5 cm ahead of the axle, the other body 7.5 cm wide each side of its axle.
    expect(seen).toBeGreaterThan(47);
    expect(seen).toBeLessThan(53);
    s.dispose();
    const alone = await session(`await robot.turn(-90);\nconsole.log(await robot.distance());`, '');
    alone.runToEnd();
    // Robot 1's program ends at once, but its body stays: still seen.
    expect(Number(alone.outcomes[0]?.output[0])).toBeLessThan(53);
    alone.dispose();
  });

  it('a robot that drives into the other pushes it', async () => {
    const s = await session(
      'await robot.turn(-90);\nrobot.drive(100, 100);\nawait robot.wait(4000);',
      IDLE,
    );
    s.runToEnd();
    const pushed = s.world.trace.samples.at(-1)?.robots[1];
    expect(pushed?.[0]).toBeGreaterThan((right?.x ?? 0) + 20);
    const touches = s.world.trace.events.filter(
      (e) => e.type === 'collision' && e.with === 'robot',
    );
    expect(touches.map((e) => e.robot).sort()).toEqual([0, 1]);
    s.dispose();
  });

  it('the same programs and seed give the same trace, bit for bit', async () => {
    const a =
      'for (;;) { const d = await robot.distance(); robot.drive(d < 90 ? 100 : 40, d < 90 ? 100 : -40); }';
    const b = 'robot.drive(50, -50);\nfor (;;) { console.log(await robot.lineRaw()); }';
    const hashes = [];
    for (let i = 0; i < 2; i++) {
      const s = await session(a, b);
      s.runToEnd();
      hashes.push(s.traceHash());
      expect(s.world.trace.samples.length).toBe(201);
      s.dispose();
    }
    expect(hashes[1]).toBe(hashes[0]);
  });

  it('a white line on a dark floor reads white (the sumo ring edge)', () => {
    const world = makeWorld({
      floor: { reflectance: 0.1, color: '#202020' },
      lines: [
        {
          points: [
            { x: 50, y: 100 },
            { x: 250, y: 100 },
          ],
          width: 4,
          reflectance: 0.9,
          color: '#ffffff',
        },
      ],
    });
    expect(world.floorAt(100, 100)).toBeCloseTo(0.9);
    expect(world.floorAt(100, 150)).toBeCloseTo(0.1);
  });
});
