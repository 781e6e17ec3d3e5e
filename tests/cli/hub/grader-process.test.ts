import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graderCommand } from '../../../cli/commands/grader.ts';
import { type Hub, openHub } from '../../../cli/hub/hub.ts';
import { getHandins, insertHandin, saveClass, studentId } from '../../../cli/hub/store.ts';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import { isMekongError } from '../../../robot/errors.ts';
import { BACKENDS, freshDb, type TestDb } from './hub-db.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOLUTION = readFileSync(join(ROOT, 'lessons', '01-hello-robot', 'solution.ts'), 'utf8');

describe('mekong grader', () => {
  it('refuses to start without a PostgreSQL server, saying how to give one', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    const error = await graderCommand({ lang: 'en' }, io, {}).catch((e: unknown) => e);
    expect(isMekongError(error) && error.code).toBe('HUB_NEEDS_SERVER');
    expect(isMekongError(error) && error.text('en').suggestion).toContain('DATABASE_URL');
  });
});

// Another process takes jobs only from a server: the embedded database has one owner.
describe.each(BACKENDS.filter((b) => b === 'server'))('a second grader process (%s)', (backend) => {
  let t: TestDb;
  let hub: Hub;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await hub?.close();
    await t?.drop();
  });

  it('takes the hub’s jobs and grades them while the hub grades nothing itself', async () => {
    t = await freshDb(backend);
    hub = await openHub({ db: t.db, lessons: await loadLessons(), grade: false });
    await saveClass(t.db, '7A', ['Anh']);
    const anh = await studentId(t.db, '7A', 'Anh');
    const ids = await t.db.transaction(async (tx) => {
      const made = [];
      for (let i = 0; i < 3; i++) {
        const id = await insertHandin(tx, anh, 'hello-robot', 'ts', SOLUTION);
        await hub.queue.enqueue(tx, id);
        made.push(id);
      }
      return made;
    });
    child = spawn(process.execPath, [join(ROOT, 'cli', 'mekong.js'), 'grader', '--workers', '1'], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (c) => (out += String(c)));
    child.stderr?.on('data', (c) => (out += String(c)));
    for (;;) {
      const rows = await getHandins(t.db, ids);
      if (rows.every((r) => r.status === 'graded')) {
        expect(rows.every((r) => r.passed)).toBe(true);
        break;
      }
      if (child.exitCode !== null) throw new Error(`mekong grader ended: ${out}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(out).toContain('Grading hand-ins from postgres://');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 300_000);
});
