import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompeteJson } from '../../../cli/commands/compete.ts';
import { type Hub, openHub } from '../../../cli/hub/hub.ts';
import { hubRoutes, MAX_PROGRAM_BYTES } from '../../../cli/hub/hub-routes.ts';
import { saveClass } from '../../../cli/hub/store.ts';
import { matchPool } from '../../../cli/runtime/match-pool.ts';
import { type StaticServer, serveStatic } from '../../../cli/runtime/static-server.ts';
import type { PlayMatches } from '../../../lessons/competitions/tournament.ts';
import { EXAMPLES, HOSTILE } from '../../lessons/competitions/helpers.ts';
import { mekong, scratch } from '../cli-harness.ts';
import { HubClient } from './hub-client.ts';
import { BACKENDS, freshDb, type TestDb } from './hub-db.ts';

const sumo = (name: string) => readFileSync(join(EXAMPLES, 'sumo', `${name}.ts`), 'utf8');

/** The class's programs: two that play, one that throws, a block file that is no program. */
const ENTRIES = {
  anh: { kind: 'ts', source: sumo('seeker') },
  binh: { kind: 'ts', source: sumo('spinner') },
  chi: { kind: 'ts', source: HOSTILE['throws.ts'] },
  dung: { kind: 'blocks', source: '{"blocks": {"blocks": [' },
} as const;

describe.each(BACKENDS)('competitions on the hub (%s database)', (backend) => {
  let t: TestDb;
  let hub: Hub;
  let server: StaticServer;
  let pin: string;
  /** Rounds wait for this before their first match, so a test sees a round under way. */
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });

  beforeAll(async () => {
    t = await freshDb(backend);
    const pool = matchPool({ now: () => performance.now(), workers: 2 });
    const play: PlayMatches = async (jobs, onDone) => {
      await gate;
      return pool(jobs, onDone);
    };
    hub = await openHub({ db: t.db, lessons: [], grade: false, compete: play, workers: 1 });
    pin = hub.newPin as string;
    await saveClass(t.db, '7A', Object.keys(ENTRIES));
    await saveClass(t.db, '7B', ['em']);
    const site = scratch('mekong-compete-site-');
    site.file('index.html', '<!doctype html><title>Mekong</title>');
    server = await serveStatic(site.dir, { port: 0, host: '127.0.0.1', extend: hubRoutes(hub) });
  }, 180_000);

  afterAll(async () => {
    release();
    await server?.close();
    await hub?.close();
    await t?.drop();
  });

  const client = () => new HubClient(server.url);
  async function student(name: string, cls = '7A') {
    const c = client();
    expect((await c.call('POST', '/api/session', { class: cls, student: name })).status).toBe(200);
    return c;
  }
  async function teacher() {
    const c = client();
    expect((await c.call('POST', '/api/teacher/session', { pin })).status).toBe(200);
    return c;
  }

  let id: number;

  it('the teacher opens a competition for a class; students see it, and cannot open one', async () => {
    const anh = await student('anh');
    const refused = await anh.call('POST', '/api/competitions', { class: '7A', format: 'sumo' });
    expect(refused.status).toBe(401);
    const t1 = await teacher();
    const unknown = await t1.call('POST', '/api/competitions?lang=vi', {
      class: '7A',
      format: 'chess',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: 'HUB_UNKNOWN_FORMAT' });
    expect(unknown.json.error.suggestion).toContain('line-race, maze, sumo');
    expect(unknown.json.error.message).toContain('Không có thể thức');
    const opened = await t1.call('POST', '/api/competitions', { class: '7A', format: 'sumo' });
    expect(opened.status).toBe(201);
    id = opened.json.id;
    const seen = await anh.call('GET', '/api/competitions?class=7A');
    expect(seen.json.competitions).toEqual([
      expect.objectContaining({ id, class: '7A', entrants: 0, round: null, done: null }),
    ]);
    expect(seen.json.competitions[0].format).toEqual({ id: 'sumo', title: 'Robot sumo' });
    expect((await anh.call('GET', '/api/competitions?class=7B')).json.competitions).toEqual([]);
  });

  it('students hand in to it under the hand-in rules; a round needs two programs', async () => {
    const t1 = await teacher();
    const early = await t1.call('POST', `/api/competitions/${id}/rounds`, {});
    expect(early.status).toBe(409);
    expect(early.json.error).toMatchObject({ code: 'HUB_TOO_FEW_ENTRIES' });
    for (const [name, program] of Object.entries(ENTRIES)) {
      const c = await student(name);
      const res = await c.call('POST', `/api/competitions/${id}/entries`, {
        class: '7A',
        student: name,
        program,
      });
      expect(res.status).toBe(202);
    }
    const anh = await student('anh');
    const big = 'x'.repeat(MAX_PROGRAM_BYTES + 1);
    const entry = (who: string, source: string, cls = '7A') => ({
      class: cls,
      student: who,
      program: { kind: 'ts', source },
    });
    expect(
      (await anh.call('POST', `/api/competitions/${id}/entries`, entry('anh', big))).status,
    ).toBe(413);
    // Another student's name, another class's competition: refused, nothing kept.
    const asBinh = await anh.call('POST', `/api/competitions/${id}/entries`, entry('binh', ''));
    expect(asBinh.json.error.code).toBe('HUB_NOT_SIGNED_IN');
    const em = await student('em', '7B');
    const other = await em.call('POST', `/api/competitions/${id}/entries`, entry('em', '', '7B'));
    expect(other.json.error.code).toBe('HUB_UNKNOWN_COMPETITION');
    const seen = await anh.call('GET', `/api/competitions/${id}`);
    expect(seen.json.entrants).toBe(4);
  });

  it('only the teacher runs a round; it plays while the hub answers, once at a time', async () => {
    const anh = await student('anh');
    expect((await anh.call('POST', `/api/competitions/${id}/rounds`, {})).status).toBe(401);
    const t1 = await teacher();
    const run = await t1.call('POST', `/api/competitions/${id}/rounds`, {});
    expect(run.status).toBe(202);
    expect(run.json).toEqual({ round: 1 });
    // The round waits at the gate: a second press is refused, the hub still answers.
    const again = await t1.call('POST', `/api/competitions/${id}/rounds`, {});
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: 'HUB_ROUND_RUNNING', params: { number: 1 } });
    expect((await anh.call('GET', '/api/classes')).status).toBe(200);
    release();
    let view: { done: unknown; round: { status: string } };
    for (;;) {
      view = (await anh.call('GET', `/api/competitions/${id}`)).json;
      if (view.round.status !== 'queued' && view.round.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(view.round).toMatchObject({ number: 1, status: 'done', played: 6, total: 6 });
  }, 600_000);

  it('the standings are those of `mekong compete --json` for the same programs', async () => {
    const files = scratch('mekong-compete-class-');
    for (const [name, { kind, source }] of Object.entries(ENTRIES))
      files.file(kind === 'blocks' ? `${name}.blocks.json` : `${name}.ts`, source);
    const cli = await mekong(
      'compete',
      'sumo',
      files.dir,
      '--replays',
      join(files.dir, 'r'),
      '--json',
    );
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout) as CompeteJson;
    const view = (await client().call('GET', `/api/competitions/${id}?lang=en`)).json;
    const hubRows = view.done.standings as CompeteJson['standings'];
    const name = (program: string) => basename(program).replace(/\..*$/, '');
    expect(hubRows.map((r) => [r.rank, r.program])).toEqual(
      json.standings.map((r) => [r.rank, name(r.program)]),
    );
    // Everything else alike too; an error's words name the file (a path for the CLI).
    const same = ({ program: _p, error, ...rest }: CompeteJson['standings'][number]) => ({
      ...rest,
      error: error?.code ?? null,
    });
    expect(hubRows.map(same)).toEqual(json.standings.map(same));
    // The hostile program and the broken block file lose to both real ones, with the reason
    const row = (who: string) => hubRows.find((r) => r.program === who);
    expect(row('anh')).toMatchObject({ rank: 1, won: 3, error: null });
    // (the thrower beats only the broken file, which never starts).
    expect(row('chi')).toMatchObject({ won: 1, lost: 2 });
    expect(row('dung')).toMatchObject({ won: 0, lost: 3 });
    expect(row('chi')?.error?.message).toContain('boom');
    expect(row('dung')?.error).toMatchObject({ code: 'BLOCKS_INVALID' });
  }, 600_000);

  it('keeps every match’s replay: no sources, the last one with its traces', async () => {
    const res = await client().call('GET', `/api/competitions/${id}/replays`);
    expect(res.json.round).toBe(1);
    const replays = res.json.replays as {
      competition: { match: number; entrants: { program: string }[] };
      programs: { source?: string; sha256: string }[];
      rounds: { trace?: unknown; traceHash: string }[];
    }[];
    expect(replays.map((r) => r.competition.match)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(replays[0]?.competition.entrants.map((e) => e.program)).toEqual(Object.keys(ENTRIES));
    expect(replays.flatMap((r) => r.programs).every((p) => p.source === undefined)).toBe(true);
    expect(replays[5]?.rounds.every((r) => r.trace !== undefined)).toBe(true);
    expect(replays[0]?.rounds.every((r) => r.trace === undefined)).toBe(true);
    const [stored] = await t.db.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM competition_replays',
    );
    expect(stored?.n).toBe(6);
    // The projector page is the web app, opened on this competition.
    const projector = await fetch(`${server.url}competitions/${id}/projector`, {
      redirect: 'manual',
    });
    expect(projector.status).toBe(302);
    expect(projector.headers.get('location')).toBe(`/?competition=${id}`);
    const unknown = await client().call('GET', '/competitions/999/projector');
    expect(unknown.status).toBe(404);
  });
});
