import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompeteJson } from '../../cli/commands/compete.ts';
import { EXAMPLES, HOSTILE } from '../lessons/competitions/helpers.ts';
import { mekong } from './cli-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'mekong-compete-'));
const LESSONS = join(import.meta.dirname, '../../lessons');
const sumo = join(dir, 'sumo');
const hostile = join(dir, 'hostile');

/** Codes a runaway may lose with: the runner's own stop, or the hard stop's. */
const STOP_CODES = ['NEVER_WAITS', 'SLOW_OPERATION', 'WOULD_NOT_STOP'];

beforeAll(() => {
  mkdirSync(sumo);
  mkdirSync(hostile);
  for (const name of ['seeker', 'spinner', 'blind']) {
    copyFileSync(join(EXAMPLES, 'sumo', `${name}.ts`), join(sumo, `${name}.ts`));
  }
  copyFileSync(join(EXAMPLES, 'sumo', 'spinner.ts'), join(hostile, 'spinner.ts'));
  for (const [name, source] of Object.entries(HOSTILE)) writeFileSync(join(hostile, name), source);
  // One native operation that runs for minutes: only the hard stop ends it.
  writeFileSync(
    join(hostile, 'slow-op.js'),
    "const s = 'a'.repeat(3e7);\nfor (;;) s.indexOf('ab');\n",
  );
});

function parse(stdout: string): CompeteJson {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string) as CompeteJson;
}

/** `mekong compete sumo <programs> --json` in two threads: its one JSON object and stderr. */
async function competeJson(programs: string, replays: string) {
  const r = await mekong(
    'compete',
    'sumo',
    programs,
    '--replays',
    replays,
    '--json',
    '--workers',
    '2',
  );
  expect(r.code).toBe(0);
  return { json: parse(r.stdout), stderr: r.stderr };
}

/** `mekong compete` with one seed, replays without sources, --json: the object it printed. */
async function hiddenSources(
  format: string,
  programs: string,
  replays: string,
  ...options: string[]
): Promise<CompeteJson> {
  const r = await mekong(
    'compete',
    format,
    programs,
    ...options,
    '--seeds',
    '1',
    '--hide-sources',
    '--replays',
    replays,
    '--json',
  );
  expect(r.code).toBe(0);
  return parse(r.stdout);
}

/** `mekong replay verify` confirms `replay`, given the folder of its programs. */
async function expectVerified(replay: string, programs: string): Promise<void> {
  const r = await mekong('replay', 'verify', replay, programs);
  expect(r.stdout).toContain('verified');
  expect(r.code).toBe(0);
}

describe('mekong compete sumo', () => {
  const replays = join(dir, 'replays');
  let json: CompeteJson;
  let stderr: string;

  beforeAll(async () => {
    const r = await competeJson(sumo, replays);
    json = r.json;
    stderr = r.stderr;
  }, 300_000);

  it('prints one object: the format, the standings and the replays', () => {
    expect(Object.keys(json)).toEqual(['format', 'standings', 'replays']);
    expect(json.format).toBe('sumo');
    expect(json.standings.map((s) => [s.rank, s.program])).toEqual([
      [1, join(sumo, 'seeker.ts')],
      [2, join(sumo, 'spinner.ts')],
      [3, join(sumo, 'blind.ts')],
    ]);
    expect(json.standings[0]).toMatchObject({ played: 2, won: 2, points: 6, error: null });
    // One replay per match, in the order of the plan; standings.json beside them.
    expect(json.replays).toEqual([
      join(replays, 'sumo-001-blind-vs-seeker.json'),
      join(replays, 'sumo-002-blind-vs-spinner.json'),
      join(replays, 'sumo-003-seeker-vs-spinner.json'),
    ]);
    expect(readdirSync(replays).sort()).toEqual(
      ['standings.json', ...json.replays.map((f) => f.slice(replays.length + 1))].sort(),
    );
    expect(JSON.parse(readFileSync(join(replays, 'standings.json'), 'utf8'))).toEqual(json);
  });

  it('reports progress on stderr, a line per match', () => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => /^\[\d\/3\] .+ vs .+: /.test(l))).toBe(true);
  });

  it('every replay verifies: the match played again gives the same trace hashes', async () => {
    const r = await mekong('replay', 'verify', json.replays[2] as string, '--json');
    expect(r.code).toBe(0);
    const verdict = JSON.parse(r.stdout);
    const replay = JSON.parse(readFileSync(json.replays[2] as string, 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.traceHashes).toEqual(
      replay.rounds.map((x: { traceHash: string }) => x.traceHash),
    );
  }, 120_000);

  it.each([
    [
      'the winner of a round',
      'rounds.1.result.winner',
      (v: number) => 1 - v,
      'rounds[1].result.winner',
    ],
    ['how a round was won', 'rounds.0.result.how', () => 'time', 'rounds[0].result.how'],
    [
      'a distance from the centre',
      'rounds.2.result.centreCm.0',
      (v: number) => v + 1,
      'rounds[2].result.centreCm[0]',
    ],
    ['the match result', 'result.wins', () => [2, 1], 'result.wins[0]'],
    ['a seed', 'seeds.0', () => 9, 'rounds[0].traceHash'],
    ['the realism', 'format.realism', () => 'ideal', 'rounds[0].traceHash'],
    ['the world', 'world.lines.0.width', () => 12, 'rounds[0].traceHash'],
    ['a kit', 'kits.l298n-2wd.drive.maxSpeedCmPerS', () => 60, 'rounds[0].traceHash'],
    ['the ring', 'format.rules.ring.radius', () => 40, 'rounds[0].traceHash'],
    ['a program', 'programs.0.source', (v: string) => `${v}\n// changed`, 'programs[0].sha256'],
    [
      'a stored trace',
      'rounds.0.trace.samples.3.robots.0.0',
      (v: number) => v + 1,
      'rounds[0].trace',
    ],
  ])(
    'editing %s fails verification, naming the field',
    async (_, path, change, field) => {
      const replay = JSON.parse(readFileSync(json.replays[2] as string, 'utf8'));
      const keys = path.split('.');
      const last = keys.pop() as string;
      const holder = keys.reduce((o, key) => o[key], replay);
      holder[last] = (change as (v: unknown) => unknown)(holder[last]);
      const file = join(dir, `edited-${field.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(replay));
      const r = await mekong('replay', 'verify', file, '--json');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, field });
      const words = await mekong('replay', 'verify', file);
      expect(words.stdout).toContain(`does not verify. ${field} is`);
    },
    120_000,
  );
});

describe('hostile programs', () => {
  it('each loses its matches with the reason shown, and the tournament finishes', async () => {
    const replays = join(dir, 'hostile-replays');
    const { standings, replays: files } = (await competeJson(hostile, replays)).json;
    expect(files).toHaveLength(10);
    const row = (name: string) => standings.find((s) => s.program === join(hostile, name));
    expect(row('spinner.ts')).toMatchObject({ rank: 1, won: 4, error: null });
    expect(row('throws.ts')?.error).toMatchObject({ code: 'RUNTIME_ERROR' });
    expect(row('throws.ts')?.error?.message).toContain('boom');
    expect(STOP_CODES).toContain(row('busy-loop.ts')?.error?.code);
    expect(['OUT_OF_MEMORY', ...STOP_CODES]).toContain(row('memory-hog.ts')?.error?.code);
    expect(row('slow-op.js')?.error?.code).toBe('SLOW_OPERATION');
    // Each lost to the spinner at least.
    for (const name of ['throws.ts', 'busy-loop.ts', 'memory-hog.ts', 'slow-op.js']) {
      expect(row(name)).toMatchObject({ lost: expect.any(Number) });
      expect(Number((row(name) as unknown as { lost: number }).lost)).toBeGreaterThan(0);
    }
    // The table shows why.
    const table = await mekong(
      'compete',
      'sumo',
      join(hostile, 'spinner.ts'),
      join(hostile, 'throws.ts'),
      '--replays',
      replays,
    );
    expect(table.stdout).toMatch(/throws\.ts .* lost: Line 3, column \d+: Error: boom/);
  }, 600_000);
});

describe('mekong compete, time trials and options', () => {
  it('a line race ranks by time; --report writes the standings', async () => {
    const lost = join(EXAMPLES, 'line-race', 'lost.ts');
    const solution = join(LESSONS, '07-line-race', 'solution.ts');
    const csv = join(dir, 'race.csv');
    const html = join(dir, 'race.html');
    const replays = join(dir, 'race');
    const r = await mekong(
      'compete',
      'line-race',
      lost,
      solution,
      '--seeds',
      '1',
      '--replays',
      replays,
      '--report',
      csv,
      '--lang',
      'vi',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đua theo vạch: 2 chương trình');
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('Hạng,Chương trình,Bộ kit,Thời gian,Quãng đường,Va chạm,Ghi chú');
    expect(rows[1]).toMatch(/^1,.*solution\.ts,l298n-2wd,\d+\.\d giây,—,0,$/);
    expect(rows[2]).toMatch(/^2,.*lost\.ts,l298n-2wd,—,\d+ cm,0,chưa về đích$/);
    await mekong(
      'compete',
      'line-race',
      lost,
      '--seeds',
      '1',
      '--replays',
      replays,
      '--report',
      html,
    );
    expect(readFileSync(html, 'utf8')).toContain('<td>did not finish</td>');
    const again = ['compete', 'line-race', lost, '--seeds', '1', '--replays', replays];
    const refused = await mekong(...again, '--report', html);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('or add --force to replace the file that is there');
    const forced = await mekong(...again, '--report', csv, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(`Report written to ${csv}, replacing the one that was there.`);
    expect(readFileSync(csv, 'utf8')).not.toContain('solution.ts');
  }, 120_000);

  it('refuses what cannot run, before running anything', async () => {
    const seeker = join(sumo, 'seeker.ts');
    const one = await mekong('compete', 'sumo', seeker, '--json');
    expect(one.code).toBe(2);
    expect(JSON.parse(one.stdout).error.suggestion).toContain('at least two programs');
    const kit = await mekong('compete', 'sumo', seeker, join(sumo, 'blind.ts'), '--kit', 'mbot');
    expect(kit.stderr).toContain('runs every program on l298n-2wd');
    const bracket = await mekong('compete', 'maze', seeker, '--bracket');
    expect(bracket.code).toBe(2);
    const format = await mekong('compete', 'chess', seeker);
    expect(format.stderr).toContain('line-race, maze, sumo');
    const action = await mekong('replay', 'watch', 'x.json');
    expect(action.code).toBe(2);
  });

  it('a knockout bracket; replays without sources verify with the programs given', async () => {
    const json = await hiddenSources('sumo', sumo, join(dir, 'bracket'), '--bracket');
    expect(json.standings[0]).toMatchObject({ rank: 1, reached: 3 });
    expect(json.replays).toHaveLength(2);
    const final = json.replays[1] as string;
    expect(JSON.parse(readFileSync(final, 'utf8')).programs[0].source).toBeUndefined();
    const without = await mekong('replay', 'verify', final);
    expect(without.code).toBe(2);
    // The organizer's folder of programs: the ones of this match are found by their hash.
    await expectVerified(final, sumo);
  }, 300_000);

  it('a block file that is no program loses its matches with the reason; the rest play', async () => {
    const entries = join(dir, 'bad-blocks');
    mkdirSync(entries);
    copyFileSync(join(EXAMPLES, 'sumo', 'seeker.ts'), join(entries, 'seeker.ts'));
    writeFileSync(join(entries, 'broken.blocks.json'), '{"blocks": {"blocks": [');
    const unknown = { blocks: { languageVersion: 0, blocks: [{ type: 'robot_fly_away' }] } };
    writeFileSync(join(entries, 'unknown.blocks.json'), JSON.stringify(unknown));
    writeFileSync(join(entries, 'huge.blocks.json'), `{"x": "${'a'.repeat(700_000)}"}`);
    const replays = join(dir, 'bad-blocks-replays');
    const json = await hiddenSources('sumo', entries, replays);
    const row = (name: string) => json.standings.find((s) => s.program === join(entries, name));
    expect(row('seeker.ts')).toMatchObject({ rank: 1, won: 3, error: null });
    for (const name of ['broken.blocks.json', 'unknown.blocks.json', 'huge.blocks.json']) {
      expect(row(name)).toMatchObject({ won: 0, lost: 1 });
    }
    expect(row('broken.blocks.json')?.error).toMatchObject({ code: 'BLOCKS_INVALID' });
    expect(row('unknown.blocks.json')?.error?.message).toContain('robot_fly_away');
    expect(row('huge.blocks.json')?.error).toMatchObject({ code: 'FILE_UNREADABLE' });
    // Its replay names the reason and verifies with the organizer's folder.
    const replay = json.replays.find((f) => f.includes('broken-blocks-vs-seeker')) as string;
    const recorded = JSON.parse(readFileSync(replay, 'utf8'));
    expect(recorded.programs[0].unreadable.code).toBe('BLOCKS_INVALID');
    expect(recorded.result.winner).toBe(1);
    await expectVerified(replay, entries);
    // A file that is no program file at all is still the organizer's mistake, refused.
    writeFileSync(join(dir, 'notes.txt'), 'not a program');
    const refused = await mekong(
      'compete',
      'sumo',
      join(entries, 'seeker.ts'),
      join(dir, 'notes.txt'),
    );
    expect(refused.code).toBe(2);
  }, 300_000);

  it('a block program competes as the TypeScript it makes; its replay verifies', async () => {
    const entries = join(dir, 'blocks');
    mkdirSync(entries);
    const blocks = join(entries, 'avoid.blocks.json');
    copyFileSync(join(LESSONS, '05-avoid-obstacles', 'starter.blocks.json'), blocks);
    copyFileSync(join(EXAMPLES, 'line-race', 'lost.ts'), join(entries, 'lost.ts'));
    const json = await hiddenSources('maze', entries, join(dir, 'blocks-replays'));
    const row = json.standings.find((s) => s.program === blocks);
    expect(row).toMatchObject({ error: null });
    expect(row && 'distanceCm' in row ? row.distanceCm : 0).toBeGreaterThan(0);
    const replay = json.replays.find((f) => f.includes('avoid-blocks')) as string;
    await expectVerified(replay, entries);
  }, 300_000);
});
