import { describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { getKit } from '../../../robot/index.ts';
import {
  builtinWorld,
  type Realism,
  SimSession,
  type WorldSpec,
} from '../../../simulator/world/index.ts';
import { playgroundSession, WANDER } from '../playground.ts';

async function run(seed: number, realism: Realism, kitId = 'l298n-2wd') {
  const session = await playgroundSession(
    [{ kit: getKit(kitId), source: WANDER, language: 'ts' }],
    seed,
    realism,
  );
  session.runToEnd();
  const result = {
    hash: session.traceHash(),
    trace: session.world.trace,
    outcome: session.outcomes[0],
  };
  session.dispose();
  return result;
}

describe('determinism (Node)', () => {
  it('the same world, kit, program and seed give the same trace bit for bit', async () => {
    for (const realism of ['ideal', 'classroom'] as const) {
      const a = await run(11, realism);
      const b = await run(11, realism);
      expect(a.outcome?.ok).toBe(true);
      expect(b.hash).toBe(a.hash);
      expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
      expect(a.trace.samples.length).toBeGreaterThan(10);
    }
  });

  it('different seeds give different traces under classroom realism, not under ideal', async () => {
    const hashes = new Set<string>();
    for (const seed of [1, 2, 3]) hashes.add((await run(seed, 'classroom')).hash);
    expect(hashes.size).toBe(3);
    expect((await run(1, 'ideal')).hash).toBe((await run(2, 'ideal')).hash);
  });

  it('the trace records LED, beep, drive, collision-free samples and the end', async () => {
    const { trace } = await run(5, 'ideal');
    const types = new Set(trace.events.map((e) => e.type));
    for (const t of ['led', 'beep', 'drive', 'end']) expect(types.has(t as never)).toBe(true);
    expect(trace.events.at(-1)).toMatchObject({ type: 'end', reason: 'done' });
    // The robot stops when the program ends.
    const drives = trace.events.filter((e) => e.type === 'drive');
    expect(drives.at(-1)).toMatchObject({ left: 0, right: 0 });
  });
});

describe('clocks and random numbers inside a program', () => {
  it('Date.now() is robot time and Math.random is seeded in the simulator', async () => {
    const source = `
await robot.wait(250);
console.log(Date.now(), new Date().getTime(), new Date(0).toISOString());
console.log(Math.random());
`;
    const outputs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const session = new SimSession({
        world: builtinWorld('playground') as WorldSpec,
        entries: [{ kit: getKit('mbot'), source, language: 'js' }],
        seed: 9,
        realism: 'classroom',
        maxTimeMs: 5000,
        quickjs: await loadQuickJs(),
        now: () => performance.now(),
      });
      session.runToEnd();
      outputs.push(session.outcomes[0]?.output ?? []);
      session.dispose();
    }
    expect(outputs[0]?.[0]).toBe('250 250 1970-01-01T00:00:00.000Z');
    expect(outputs[1]).toEqual(outputs[0]);
    expect(Number(outputs[0]?.[1])).toBeGreaterThanOrEqual(0);
  });
});
