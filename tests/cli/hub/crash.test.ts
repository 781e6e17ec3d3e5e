import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HubClient } from './hub-client.ts';
import { freshDb, type TestDb } from './hub-db.ts';

const CHILD = join(import.meta.dirname, '..', 'fixtures', 'hub-child.js');
const LESSON = join(import.meta.dirname, '..', '..', '..', 'lessons', '01-hello-robot');
const SOLUTION = readFileSync(join(LESSON, 'solution.ts'), 'utf8');
const STARTER = readFileSync(join(LESSON, 'starter.ts'), 'utf8');

const STUDENTS = 10;
const HANDINS_EACH = 5;
/** The hub is killed once this many hand-ins were acknowledged, the rest still in flight. */
const KILL_AFTER = 12;

const children: ChildProcess[] = [];
const site = mkdtempSync(join(tmpdir(), 'mekong-hub-site-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mekong</title>');
let t: TestDb | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await t?.drop();
  rmSync(site, { recursive: true, force: true });
});

/** Starts the hub on `dataDir` and waits for its address (and its PIN, on first start). */
async function startHub(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; pin?: string }> {
  const env = { ...process.env };
  // The crash test is the embedded database's: a server's durability is PostgreSQL's own.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [CHILD, site, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  children.push(child);
  let out = '';
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const url = /ready: (http:\/\/localhost:\d+\/)/.exec(out)?.[1];
      if (url && /Press Ctrl\+C/.test(out)) {
        const pin = /Teacher code[^:]*: (\d+)/.exec(out)?.[1];
        resolve({ child, url, ...(pin ? { pin } : {}) });
      }
    });
    child.once('exit', (code) => reject(new Error(`the hub ended (${code}): ${out}`)));
  });
}

describe('the hub killed in the middle of a class’s hand-ins (embedded database)', () => {
  it('has every acknowledged hand-in after a restart, and grades them all', async () => {
    t = await freshDb('embedded', true);
    const dataDir = t.dataDir as string;
    await t.db.close();
    const first = await startHub(dataDir);
    expect(first.pin).toMatch(/^\d{6}$/);
    const teacher = new HubClient(first.url);
    expect((await teacher.call('POST', '/api/teacher/session', { pin: first.pin })).status).toBe(
      200,
    );
    const names = Array.from({ length: STUDENTS }, (_, i) => `Student ${i + 1}`);
    expect(
      (await teacher.call('POST', '/api/classes', { name: '8B', students: names })).status,
    ).toBe(200);
    const students = await Promise.all(
      names.map(async (name) => {
        const client = new HubClient(first.url);
        expect(
          (await client.call('POST', '/api/session', { class: '8B', student: name })).status,
        ).toBe(200);
        return { name, client };
      }),
    );

    const acknowledged: string[] = [];
    let refused = 0;
    let killed = false;
    const exited = once(first.child, 'exit');
    const sends = students.flatMap(({ name, client }) =>
      Array.from({ length: HANDINS_EACH }, async (_, i) => {
        const body = {
          class: '8B',
          student: name,
          lesson: 'hello-robot',
          program: { kind: 'ts', source: i % 2 === 0 ? SOLUTION : STARTER },
        };
        try {
          const res = await client.call('POST', '/api/handins', body);
          if (res.status !== 202) throw new Error(`${res.status} ${res.text}`);
          acknowledged.push(res.json.id);
          if (acknowledged.length === KILL_AFTER) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (error) {
          // A request the killed hub never answered: not acknowledged, so not promised.
          if (!killed) throw error;
          refused++;
        }
      }),
    );
    await Promise.all(sends);
    await exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startHub(dataDir);
    // No new PIN: the teacher's, and the teacher's session, survived the kill.
    expect(second.pin).toBeUndefined();
    const after = new HubClient(second.url);
    for (const [name, value] of teacher.cookies) after.cookies.set(name, value);
    const grades = [];
    for (const id of acknowledged) grades.push(await after.graded(id));
    expect(grades.map((g) => g.id).sort()).toEqual([...acknowledged].sort());
    const passed = grades.filter((g) => g.grade.passed).length;
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(grades.length);
    const progress = await after.call('GET', '/api/progress?class=8B');
    const total = progress.json.cells.reduce(
      (n: number, c: { handins: number }) => n + c.handins,
      0,
    );
    // Every acknowledged hand-in is kept; one whose answer was lost with the hub may be too.
    expect(total).toBeGreaterThanOrEqual(acknowledged.length);
    expect(total).toBeLessThanOrEqual(acknowledged.length + refused);
    second.child.kill('SIGTERM');
    const [code] = await once(second.child, 'exit');
    expect(code).toBe(0);
  }, 600_000);
});
