import { describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { getKit } from '../../../robot/index.ts';
import { builtinWorld, SimSession, type WorldSpec } from '../../../simulator/world/index.ts';

/**
 * A sandboxed program in the simulator: what reaches the robot, and when. The runner
 * passes on repeated drive()/stop() calls only when they change something, and line
 * readings come back through a shortcut; neither may change what the robot does.
 */
async function drives(source: string, kitId = 'l298n-2wd') {
  const session = new SimSession({
    world: builtinWorld('playground') as WorldSpec,
    entries: [{ kit: getKit(kitId), source, language: 'js' }],
    seed: 1,
    realism: 'ideal',
    maxTimeMs: 20_000,
    quickjs: await loadQuickJs(),
    now: () => performance.now(),
  });
  session.runToEnd();
  const outcome = session.outcomes[0];
  const events = session.world.trace.events.flatMap((e) =>
    e.type === 'drive' ? [`${e.t}: ${e.left},${e.right}`] : [],
  );
  session.dispose();
  return { events, outcome };
}

describe('robot calls from a sandboxed program in the simulator', () => {
  it('a drive repeated after a timed move drives again (the move ended at 0, 0)', async () => {
    const { events } = await drives(`
      robot.drive(50, 50);
      await robot.wait(200);
      await robot.forward(10);
      robot.drive(50, 50);
      await robot.wait(300);
    `);
    const [start, move, moveEnd, again, end] = events;
    expect(start).toBe('0: 50,50');
    expect(move).toMatch(/^200: /);
    const moveEndsAt = Number(moveEnd?.split(':')[0]);
    expect(moveEnd).toBe(`${moveEndsAt}: 0,0`);
    expect(again).toBe(`${moveEndsAt}: 50,50`);
    // The program's end stops the robot.
    expect(end).toBe(`${moveEndsAt + 300}: 0,0`);
    expect(events).toHaveLength(5);
  });

  it('a drive made while a move runs, then again after it, reaches the robot both times', async () => {
    const { events } = await drives(`
      const move = robot.forward(20);
      robot.drive(40, 40);
      await move;
      robot.drive(40, 40);
      await robot.wait(300);
    `);
    const [before, move, moveEnd, again, end] = events;
    expect(before).toBe('0: 40,40');
    expect(move).toMatch(/^0: /); // the move starts once the program waits, and drives itself
    const moveEndsAt = Number(moveEnd?.split(':')[0]);
    expect(moveEnd).toBe(`${moveEndsAt}: 0,0`);
    expect(again).toBe(`${moveEndsAt}: 40,40`);
    expect(end).toBe(`${moveEndsAt + 300}: 0,0`);
  });

  it('stop() and drive() alternate as written; repeats change nothing', async () => {
    const { events, outcome } = await drives(`
      for (let i = 0; i < 3; i++) {
        robot.drive(30, 30); robot.drive(30, 30);
        await robot.wait(100);
        robot.stop(); robot.stop(); robot.drive(0, 0);
        await robot.wait(100);
      }
    `);
    expect(outcome?.ok).toBe(true);
    expect(events).toEqual([
      '0: 30,30',
      '100: 0,0',
      '200: 30,30',
      '300: 0,0',
      '400: 30,30',
      '500: 0,0',
    ]);
  });

  it('raw line readings are numbers: 0 or 1 from digital modules, 0..1 from analog ones', async () => {
    for (const kitId of ['l298n-2wd', 'l9110s-nano']) {
      const { outcome } = await drives(
        `
        robot.drive(40, 40);
        for (let i = 0; i < 40; i++) {
          const raw = await robot.lineRaw();
          console.log(JSON.stringify(raw), Object.values(raw).every((v) => typeof v === 'number'));
        }
        `,
        kitId,
      );
      const kit = getKit(kitId);
      const sensors = kit.lineSensors?.sensors.map((s) => s.id) ?? [];
      const seen = new Set<number>();
      for (const line of outcome?.output ?? []) {
        const [json, numbers] = line.split(' ');
        expect(numbers).toBe('true');
        const raw = JSON.parse(json as string) as Record<string, number>;
        expect(Object.keys(raw)).toEqual(sensors);
        for (const value of Object.values(raw)) seen.add(value);
      }
      if (kit.lineSensors?.output === 'digital') expect([...seen].sort()).toEqual([0, 1]);
      else expect([...seen].some((v) => v > 0 && v < 1)).toBe(true);
    }
  });

  it('line readings keep the kit sensors, as plain booleans, on every kit', async () => {
    for (const kitId of ['l298n-2wd', 'l9110s-nano']) {
      const { outcome } = await drives(
        `
        for (let i = 0; i < 5; i++) {
          const seen = await robot.line();
          seen.extra = 1;
          console.log(JSON.stringify(seen), Object.getPrototypeOf(seen) === Object.prototype);
        }
        `,
        kitId,
      );
      const sensors = getKit(kitId).lineSensors?.sensors.map((s) => s.id) ?? [];
      expect(outcome?.output).toHaveLength(5);
      for (const line of outcome?.output ?? []) {
        const [json, plain] = line.split(' ');
        expect(plain).toBe('true');
        const seen = JSON.parse(json as string) as Record<string, unknown>;
        expect(Object.keys(seen)).toEqual([...sensors, 'extra']);
        for (const id of sensors) expect(typeof seen[id]).toBe('boolean');
      }
    }
  });
});
