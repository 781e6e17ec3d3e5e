import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { runOnRobot } from '../../cli/runtime/robot-run.ts';
import { startSandbox } from '../../cli/runtime/sandbox-thread.ts';
import { connectRobot } from '../../firmware-bridge/bridge/connect-robot.ts';
import { Emulator } from '../../firmware-bridge/emulator/emulator.ts';
import { getKit } from '../../robot/index.ts';
import { BEACON_BYTES, SliceBeacon } from '../../robot/program/hard-stop.ts';
import { runWithRobot } from '../../robot/program/run-with-robot.ts';
import { DEFAULT_LIMITS } from '../../robot/program/types.ts';
import { isSyncMethod, ROBOT_METHODS, type Robot } from '../../robot/robot.ts';
import { builtinWorld, SimSession, type WorldSpec } from '../../simulator/world/index.ts';
import { LINE_FOLLOWER } from './sim-bench.ts';

/** The runaway of issue 18 that ran longest (never stopped in 900 s). */
const WORST = "const s = 'a'.repeat(3e7);\nfor (;;) s.indexOf('ab');\n";

const now = () => performance.now();
const ROUNDS = 21;

/** Best CPU and wall time of ROUNDS 60 s lesson runs (the line follower), one kind only. */
export async function timeLessonRuns(marked: boolean) {
  const quickjs = await loadQuickJs();
  const world = builtinWorld('playground') as WorldSpec;
  const kit = getKit('l298n-2wd');
  let slices = 0;
  const run = () => {
    const buffer = new SharedArrayBuffer(BEACON_BYTES);
    const beacon = marked ? new SliceBeacon(buffer) : undefined;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const session = new SimSession({
      world,
      entries: [{ kit, source: LINE_FOLLOWER, language: 'ts' }],
      seed: 1,
      realism: 'classroom',
      maxTimeMs: 60_000,
      quickjs,
      now,
      ...(beacon ? { beacon } : {}),
    });
    session.runToEnd();
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (!session.outcomes[0]?.ok) throw new Error('bench program failed');
    session.dispose();
    // Per slice: enter, leave, and a restart as it begins; one more restart after setup.
    if (marked) slices = ((new Int32Array(buffer)[0] as number) - 2) / 4;
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  run();
  const best = { wallMs: Infinity, cpuMs: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    const { wallMs, cpuMs } = run();
    best.wallMs = Math.min(best.wallMs, wallMs);
    best.cpuMs = Math.min(best.cpuMs, cpuMs);
  }
  return { ...best, slices };
}

/** timeLessonRuns in a fresh process, `processes` times for each kind, alternating. */
function timeInProcesses(processes: number) {
  const child = join(import.meta.dirname, 'lesson-run-child.js');
  const best = {
    plain: { wallMs: Infinity, cpuMs: Infinity, slices: 0 },
    marked: { wallMs: Infinity, cpuMs: Infinity, slices: 0 },
  };
  for (let i = 0; i < processes; i++) {
    for (const kind of ['plain', 'marked'] as const) {
      const r = spawnSync(process.execPath, [child, kind], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`lesson-run-child failed: ${r.stderr}`);
      const t = JSON.parse(r.stdout) as typeof best.plain;
      best[kind] = {
        wallMs: Math.min(best[kind].wallMs, t.wallMs),
        cpuMs: Math.min(best[kind].cpuMs, t.cpuMs),
        slices: t.slices,
      };
    }
  }
  return best;
}

/**
 * What the hard stop costs and how fast it stops: (1) the beacon's marks in a 60 s lesson
 * run (the line follower, as in the simulator section), with and without, alternating,
 * best of 21 each, and the marks alone in a tight loop; (2) the start of the thread `mekong run` now runs in; (3) the time from
 * the budget to the stop, and to the command's result, for the worst runaway; (4) the
 * hardware path: the relay's cost per robot call, the worst runaway on the emulated board.
 */
export async function benchHardStop(): Promise<Record<string, number | string>> {
  const { plain, marked } = timeInProcesses(3);
  const { slices } = marked;
  const world = builtinWorld('playground') as WorldSpec;
  const kit = getKit('l298n-2wd');
  // The marks alone, timed in a tight loop: steadier than the difference of two runs on a
  // shared machine.
  const beacon = new SliceBeacon(new SharedArrayBuffer(BEACON_BYTES));
  const marks = 1_000_000;
  const marksStart = performance.now();
  for (let i = 0; i < marks; i++) {
    beacon.place(i, 1, 2, 3);
    beacon.enter();
    beacon.restart();
    beacon.poll();
    beacon.leave();
  }
  const perSliceUs = ((performance.now() - marksStart) * 1000) / marks;

  // The thread: started, then given the same 60 s run (its first, so JIT warm-up included).
  const threadStart = performance.now();
  const sandbox = startSandbox({ now });
  const program = { source: LINE_FOLLOWER, language: 'ts' as const, fileName: 'bench.ts' };
  const job = { kind: 'sim', world, kit, program, seed: 1, maxTimeMs: 60_000 } as const;
  const inThread = await sandbox.run({ ...job, realism: 'classroom' });
  const threadMs = performance.now() - threadStart;
  if (inThread.kind !== 'done' || !inThread.result.ok) throw new Error('bench program failed');

  const worstStart = performance.now();
  const stopped = await startSandbox({ now }).run({
    ...job,
    program: { ...program, source: WORST, language: 'js' },
    realism: 'classroom',
  });
  const worstMs = performance.now() - worstStart;
  if (stopped.kind !== 'stopped') throw new Error('the worst runaway was not hard-stopped');
  const robotRuns = await benchRobotRuns();
  const pct = (a: number, b: number) => round(((b - a) / a) * 100);
  const estimate = ((perSliceUs * slices) / 1000 / plain.cpuMs) * 100;
  return {
    [`60 s lesson run (ms CPU, best of ${ROUNDS} × 3 processes)`]: round(plain.cpuMs),
    '60 s lesson run, slices marked for the hard stop (ms CPU, same)': round(marked.cpuMs),
    'hard stop marks: cost (% CPU of the run)': pct(plain.cpuMs, marked.cpuMs),
    '60 s lesson run (ms wall, same)': round(plain.wallMs),
    '60 s lesson run, slices marked (ms wall, same)': round(marked.wallMs),
    'hard stop marks: cost (% wall of the run)': pct(plain.wallMs, marked.wallMs),
    'hard stop marks: slices in the run': slices,
    'hard stop marks: cost per slice (µs, tight loop)': Math.round(perSliceUs * 1000) / 1000,
    'hard stop marks: cost per slice × slices (% of the run)': Math.round(estimate * 100) / 100,
    'hard stop marks: goal (%)': 5,
    'mekong run path: thread start + same run, first in its thread (ms)': round(threadMs),
    'worst runaway: its slice ran before the stop (ms, host clock)': round(stopped.stop.ranMs),
    'worst runaway: from budget to stop (ms)': round(stopped.stop.ranMs - DEFAULT_LIMITS.sliceMs),
    'worst runaway: goal from budget to stop (ms)': 2000,
    'worst runaway: whole run incl. thread start (ms wall)': round(worstMs),
    'worst runaway: code': stopped.error.code,
    ...robotRuns,
  };
}

/** A robot that does nothing at once; its clock is the host's, so a program can time itself. */
const INSTANT_ROBOT = Object.fromEntries(
  ROBOT_METHODS.map((method) => [
    method,
    method === 'time' ? now : isSyncMethod(method) ? () => undefined : async () => undefined,
  ]),
) as unknown as Robot;

/** A program that prints how long `calls` robot calls took, ms. */
const timedCalls = (call: string, calls: number) => ({
  source: `const t0 = robot.time();\nfor (let i = 0; i < ${calls}; i++) ${call};\nconsole.log(robot.time() - t0);\n`,
  language: 'js' as const,
  fileName: 'calls.js',
});

/**
 * The hardware path (`mekong run --port/--emulate`): what a robot call costs through the
 * relay to this thread (against runWithRobot in one thread, robot doing nothing; best of
 * 3), and the worst runaway on the emulated board at real speed: from budget to stop.
 */
async function benchRobotRuns(): Promise<Record<string, number | string>> {
  const quickjs = await loadQuickJs();
  const perCallUs = async (call: string, calls: number, relayed: boolean) => {
    const program = timedCalls(call, calls);
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const run = relayed
        ? await runOnRobot(startSandbox({ now }), {
            robot: INSTANT_ROBOT,
            program,
            maxTimeMs: 60_000,
          })
        : await runWithRobot({ quickjs, ...program, robot: INSTANT_ROBOT, now });
      if (!run.ok) throw new Error(`bench program failed: ${run.error?.code}`);
      best = Math.min(best, Number(run.output[0]));
    }
    return round((best * 1000) / calls);
  };
  const kit = getKit('l298n-2wd');
  const world = builtinWorld('playground') as WorldSpec;
  const emulator = new Emulator({ kit, world, now });
  const robot = await connectRobot({ kit, transport: emulator.transport(), clock: emulator.clock });
  const source = `robot.drive(60, 60);\n${WORST}`;
  robot.markProgramStart();
  const stopped = await runOnRobot(startSandbox({ now }), {
    robot,
    program: { source, language: 'js', fileName: 'worst.js' },
    maxTimeMs: 60_000,
    hold: emulator.pacer,
  });
  await robot.close();
  emulator.stop();
  if (stopped.hardStopMs === undefined) throw new Error('the worst runaway was not hard-stopped');
  // Sync calls all run in one slice: few enough to stay far below its budget.
  const sync = 'robot.led(true)';
  const async = 'await robot.wait(1)';
  return {
    'robot relay: sync call (µs, in one thread)': await perCallUs(sync, 300, false),
    'robot relay: sync call (µs, program in its thread)': await perCallUs(sync, 300, true),
    'robot relay: async call (µs, in one thread)': await perCallUs(async, 1000, false),
    'robot relay: async call (µs, program in its thread)': await perCallUs(async, 1000, true),
    'worst runaway on the emulated board: from budget to stop (ms)': round(
      stopped.hardStopMs - DEFAULT_LIMITS.sliceMs,
    ),
    'worst runaway on the emulated board: code': stopped.error?.code ?? 'none',
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
