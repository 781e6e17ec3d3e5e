import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { getKit } from '../../robot/index.ts';
import { createProgram, type ProgramStep } from '../../robot/program/index.ts';
import {
  builtinWorld,
  type Pose,
  parseWorld,
  SimSession,
  type WorldSpec,
} from '../../simulator/world/index.ts';

/** A typical lesson program: follow the playground's line loop for the whole minute. */
export const LINE_FOLLOWER = `
robot.drive(40, 40);
while (!(await robot.line()).center) {}
await robot.forward(11);
await robot.turn(-90);
for (;;) {
  const seen = await robot.line();
  if (seen.left && !seen.right) robot.drive(0, 55);
  else if (seen.right && !seen.left) robot.drive(55, 0);
  else robot.drive(45, 45);
}
`;

/** Wanders and avoids: each of the 30 racers runs this. */
export const WANDERER = `
for (;;) {
  const d = await robot.distance();
  if (d < 25) { robot.drive(-40, 40); await robot.wait(300); }
  else robot.drive(50, 50);
}
`;

/** A loop on a call the robot refuses at once (issue 19). */
const REFUSED_LOOP = 'while (true) { try { await robot.forward(Number.NaN); } catch (e) {} }';

/**
 * Runner overhead per robot call: a program making 3000 robot calls minus the same program
 * awaiting VM-local promises instead, best of 15 rounds; and the setup of an empty program.
 */
function runnerOverhead(quickjs: Awaited<ReturnType<typeof loadQuickJs>>) {
  const calls = 3000;
  const robotLoop = `for (let i = 0; i < ${calls / 3}; i++) {
  await robot.forward(1);
  const d = await robot.distance();
  const l = await robot.line();
}`;
  const vmLoop = `const f = (x) => Promise.resolve(x);
for (let i = 0; i < ${calls / 3}; i++) {
  await f(1);
  const d = await f(42);
  const l = await f({ left: true, right: false });
}`;
  const answer = (step: ProgramStep & { kind: 'call' }) => ({
    ok: true as const,
    value:
      step.method === 'distance'
        ? 42
        : step.method === 'line'
          ? { left: true, right: false }
          : undefined,
  });
  const time = (source: string) => {
    const started = performance.now();
    const run = createProgram({
      quickjs,
      source,
      language: 'js',
      host: { callSync: () => undefined, log: () => {} },
      now: () => performance.now(),
    });
    let step = run.start();
    while (step.kind === 'call') step = run.resume(answer(step));
    run.dispose();
    if (step.kind !== 'done') throw new Error(`overhead program failed: ${step.kind}`);
    return performance.now() - started;
  };
  const best = { setup: Infinity, robot: Infinity, vm: Infinity };
  for (let round = 0; round < 15; round++) {
    best.setup = Math.min(best.setup, time(''));
    best.robot = Math.min(best.robot, time(robotLoop));
    best.vm = Math.min(best.vm, time(vmLoop));
  }
  return { setupMs: best.setup, perCallUs: ((best.robot - best.vm) * 1000) / calls };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Start poses on a grid (a world holds at most 16 starts: these go with the entries). */
function arenaPoses(robots: number): Pose[] {
  return Array.from({ length: robots }, (_, i) => ({
    x: 40 + (i % 6) * 90,
    y: 40 + Math.floor(i / 6) * 70,
    headingDeg: i === 0 ? 0 : ((i - 1) * 47) % 360,
  }));
}

function arena(): WorldSpec {
  return parseWorld(
    {
      size: { width: 580, height: 400 },
      start: { x: 40, y: 40, headingDeg: 0 },
      obstacles: [
        { type: 'box', x: 290, y: 200, width: 40, height: 40 },
        { type: 'cylinder', x: 150, y: 300, radius: 10 },
        { type: 'cylinder', x: 450, y: 100, radius: 4, movable: true },
      ],
    },
    'bench-arena.json',
  );
}

/** Wall time of 60 s simulated: (a) one robot + sandboxed program, (b) 30 robots. */
export async function benchSim(): Promise<Record<string, number | string>> {
  const initStart = performance.now();
  const quickjs = await loadQuickJs();
  const initMs = performance.now() - initStart;
  const now = () => performance.now();
  const playground = builtinWorld('playground') as WorldSpec;
  const kit = getKit('l298n-2wd');

  const run = (world: WorldSpec, source: string, robots: number, poses?: Pose[]) => {
    const t0 = performance.now();
    const session = new SimSession({
      world,
      entries: Array.from({ length: robots }, (_, i) => ({
        kit,
        source,
        language: 'ts' as const,
        ...(poses?.[i] ? { pose: poses[i] } : {}),
      })),
      seed: 1,
      realism: 'classroom',
      maxTimeMs: 60_000,
      quickjs,
      now,
    });
    session.runToEnd();
    const ms = performance.now() - t0;
    if (session.outcomes.some((o) => !o.ok))
      throw new Error(`bench program failed: ${session.outcomes[0]?.error?.message}`);
    session.dispose();
    return ms;
  };

  const firstRunMs = run(playground, LINE_FOLLOWER, 1);
  const overhead = runnerOverhead(quickjs);
  const one = Array.from({ length: 15 }, () => run(playground, LINE_FOLLOWER, 1));
  const world = arena();
  const poses = arenaPoses(30);
  const firstThirtyMs = run(world, WANDERER, 30, poses);
  const thirty = Array.from({ length: 3 }, () => run(world, WANDERER, 30, poses));
  // Issue 19: a loop on a call refused at once (no robot time) ends at the slice budget.
  const refusedStart = performance.now();
  const refused = new SimSession({
    world: playground,
    entries: [{ kit, source: REFUSED_LOOP, language: 'ts' as const }],
    seed: 1,
    realism: 'classroom',
    maxTimeMs: 60_000,
    quickjs,
    now,
  });
  refused.runToEnd();
  const refusedMs = performance.now() - refusedStart;
  if (refused.outcomes[0]?.error?.code !== 'NEVER_WAITS') throw new Error('refused loop ran on');
  refused.dispose();
  const oneMs = median(one);
  const thirtyMs = median(thirty);
  return {
    'init: QuickJS WASM compile (ms, once per process)': round(initMs),
    'init: first run incl. JIT warm-up (ms)': round(firstRunMs),
    'runner: setup of an empty program (ms, best of 15)': round(overhead.setupMs),
    'runner: overhead per robot call (µs, best of 15)': round(overhead.perCallUs),
    '(a) 1 robot, 60 s lesson, sandboxed (ms wall, best of 15)': round(Math.min(...one)),
    '(a) 1 robot, 60 s lesson, sandboxed (ms wall, median of 15)': round(oneMs),
    '(a) real-time factor': Math.round(60_000 / oneMs),
    '(a) goal (ms)': 50,
    '(b) first 30-robot run incl. JIT warm-up (ms)': round(firstThirtyMs),
    '(b) 30 robots, 60 s (ms wall, median of 3)': round(thirtyMs),
    '(b) real-time factor': Math.round(60_000 / thirtyMs),
    '(b) goal (ms)': 2000,
    '(c) loop on a refused call: stopped after (ms wall; budget 500)': round(refusedMs),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
