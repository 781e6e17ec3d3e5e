import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompeteJson } from '../../cli/commands/compete.ts';
import { main } from '../../cli/main.ts';
import { findBuiltinFormat } from '../../lessons/competitions/formats.ts';
import { type MatchJob, playRound } from '../../lessons/competitions/match.ts';
import { getKit } from '../../robot/index.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples/competitions/sumo');

/** The example seeker with other numbers: how near counts as seen, how fast it searches. */
function seeker(seesCm: number, search: number, pushMs: number): string {
  return readFileSync(join(EXAMPLES, 'seeker.ts'), 'utf8')
    .replace('const SEES_OPPONENT_CM = 100;', `const SEES_OPPONENT_CM = ${seesCm};`)
    .replace('const KEEP_PUSHING_MS = 400;', `const KEEP_PUSHING_MS = ${pushMs};`)
    .replace(
      'robot.drive(-45 * scan, 45 * scan);',
      `robot.drive(-${search} * scan, ${search} * scan);`,
    );
}

/** Stays in the ring by the white edge and looks around, reading both sensors (never attacks). */
function wanderer(power: number): string {
  return `for (;;) {
  const raw = await robot.lineRaw();
  if (raw.left > 0.5 || raw.right > 0.5) { await robot.backward(10); await robot.turn(120); }
  await robot.distance();
  robot.drive(${power}, ${power - 10});
}
`;
}

/** Sixteen sumo programs as a class might hand them in: seekers, wanderers, spinners, blind. */
function writeClass(dir: string): void {
  const programs: Record<string, string> = {};
  for (let i = 0; i < 7; i++) {
    programs[`seeker-${i}.ts`] = seeker(80 + 5 * i, 35 + 3 * i, 300 + 50 * i);
  }
  for (let i = 0; i < 4; i++) programs[`wanderer-${i}.ts`] = wanderer(40 + 10 * i);
  for (let i = 0; i < 3; i++) {
    programs[`spinner-${i}.ts`] =
      `robot.drive(${40 + 20 * i}, -${40 + 20 * i});\nfor (;;) await robot.wait(1000);\n`;
  }
  programs['blind-0.ts'] = readFileSync(join(EXAMPLES, 'blind.ts'), 'utf8');
  programs['blind-1.ts'] =
    'await robot.wait(2000);\nrobot.drive(70, 70);\nfor (;;) await robot.wait(1000);\n';
  for (const [name, source] of Object.entries(programs)) writeFileSync(join(dir, name), source);
}

function memoryIo(out: { text: string }) {
  return {
    stdout: { write: (t: string) => (out.text += t) },
    stderr: { write: (_t: string) => true },
  };
}

/**
 * The real-time factor of one two-robot sumo round that lasts its whole 60 s (two programs
 * that read their sensors every 80 ms and never push each other out), in this thread.
 */
async function twoRobotRealTimeFactor(): Promise<Record<string, number>> {
  const format = findBuiltinFormat('sumo');
  const source = wanderer(45);
  const job: MatchJob = {
    format,
    kits: { 'l298n-2wd': getKit('l298n-2wd') },
    competitors: ['a.ts', 'b.ts'].map((program) => ({
      program,
      source,
      language: 'ts' as const,
      fileName: program,
      kit: 'l298n-2wd',
    })),
    seeds: [1, 2, 3, 4, 5, 6],
  };
  const quickjs = await loadQuickJS();
  const options = { quickjs, now: () => performance.now() };
  playRound(job, 0, options); // warm up
  let best = Number.POSITIVE_INFINITY;
  let sim = 0;
  for (let round = 1; round < job.seeds.length; round++) {
    const t0 = performance.now();
    const played = playRound(job, round, options);
    const wall = performance.now() - t0;
    if (wall < best) {
      best = wall;
      sim = played.result.simTimeMs;
    }
  }
  return {
    'two-robot round: simulated (s)': sim / 1000,
    'two-robot round: wall, best of 5 (ms)': Math.round(best),
    'two-robot round: real-time factor (x)': Math.round(sim / best),
  };
}

/**
 * `mekong compete sumo` on 16 programs: a round robin of 120 matches x 3 rounds of up to
 * 60 s, in two worker threads (this machine's two cores). Aim: under a minute.
 */
export async function benchCompete(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'mekong-compete-bench-'));
  try {
    const programs = join(dir, 'programs');
    const replays = join(dir, 'replays');
    mkdirSync(programs);
    writeClass(programs);
    const out = { text: '' };
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const argv = ['compete', 'sumo', programs, '--replays', replays, '--workers', '2', '--json'];
    if ((await main(argv, memoryIo(out))) !== 0) throw new Error('mekong compete failed');
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    const json = JSON.parse(out.text) as CompeteJson;
    let rounds = 0;
    let simMs = 0;
    let early = 0;
    for (const file of json.replays) {
      const replay = JSON.parse(readFileSync(file, 'utf8')) as {
        rounds: { result: { simTimeMs: number } }[];
      };
      for (const r of replay.rounds) {
        rounds++;
        simMs += r.result.simTimeMs;
        if (r.result.simTimeMs < 60_000) early++;
      }
    }
    const name = 'sumo round robin, 16 programs';
    return {
      'compete goal (s)': 60,
      'cores on this machine': cpus().length,
      [`${name}: matches`]: json.replays.length,
      [`${name}: rounds (ended early)`]: `${rounds} (${early})`,
      [`${name}: simulated robot time (s)`]: Math.round(simMs / 1000),
      [`${name}: wall, 2 worker threads (s)`]: Math.round(wall / 100) / 10,
      [`${name}: CPU time, all threads (s)`]: Math.round((used.user + used.system) / 1e5) / 10,
      [`${name}: winner`]: json.standings[0]?.program.slice(programs.length + 1) ?? '',
      ...(await twoRobotRealTimeFactor()),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  console.log(await benchCompete());
}
