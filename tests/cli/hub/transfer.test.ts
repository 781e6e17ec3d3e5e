import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classroomCommand } from '../../../cli/commands/classroom.ts';
import { openQueue } from '../../../cli/hub/queue.ts';
import { insertHandin, saveClass, saveGrade, studentId } from '../../../cli/hub/store.ts';
import { exportClassroom, importClassroom } from '../../../cli/hub/transfer.ts';
import { isMekongError } from '../../../robot/errors.ts';
import { BACKENDS, freshDb, type TestDb } from './hub-db.ts';

const io = () => {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s) },
    },
  };
};

describe.each(BACKENDS)('classroom export and import (%s database)', (backend) => {
  let from: TestDb;
  let to: TestDb;
  beforeAll(async () => {
    [from, to] = await Promise.all([freshDb(backend), freshDb(backend)]);
    await saveClass(from.db, '7A', ['Anh', 'Bình'], true);
    const anh = await studentId(from.db, '7A', 'Anh');
    const graded = await insertHandin(from.db, anh, 'hello-robot', 'ts', 'robot.led(true)');
    await saveGrade(from.db, graded, { passed: false, score: 40 });
    await insertHandin(from.db, anh, 'stop-at-wall', 'blocks', '{"blocks":{}}');
  }, 180_000);
  afterAll(async () => {
    await from?.drop();
    await to?.drop();
  });

  it('moves classes, rosters and hand-ins with their grades; importing twice adds nothing', async () => {
    const data = JSON.parse(JSON.stringify(await exportClassroom(from.db)));
    expect(data.classes).toEqual([{ name: '7A', open: true, students: ['Anh', 'Bình'] }]);
    expect(data.handins).toHaveLength(2);
    const queue = await openQueue(to.db);
    try {
      expect(await importClassroom(to.db, queue, data)).toBe(2);
      expect(await importClassroom(to.db, queue, data)).toBe(0);
      // The hand-in not graded yet is queued again on the new hub.
      const jobs = await to.db.query<{ data: { handin: string } }>(
        "SELECT data FROM pgboss.job WHERE name = 'mekong-grade'",
      );
      const queued = data.handins.find((h: { status: string }) => h.status === 'queued');
      expect(jobs.map((j) => j.data.handin)).toEqual([queued.id]);
    } finally {
      await queue.stop();
    }
    expect(JSON.parse(JSON.stringify(await exportClassroom(to.db)))).toEqual(data);
  });
});

describe('mekong classroom (embedded data folder)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mekong-classroom-'));
  let folder: TestDb | undefined;
  afterAll(async () => {
    await folder?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a data folder to a file and refuses a file that is no export', async () => {
    // A data folder made from the template (a new one costs an initdb).
    folder = await freshDb('embedded', true);
    await folder.db.close();
    const data = folder.dataDir as string;
    const file = join(dir, 'backup.json');
    const run = io();
    expect(await classroomCommand('export', file, { lang: 'en', data }, run.io, {})).toBe(0);
    expect(run.out.stdout).toContain('Wrote 0 classes and 0 hand-ins');
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('mekong-classroom/1');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"classes": []}');
    const refused = await classroomCommand('import', bad, { lang: 'vi', data }, io().io, {}).catch(
      (error: unknown) => error,
    );
    expect(isMekongError(refused) && refused.code).toBe('HUB_BAD_EXPORT');
    const wrongAction = await classroomCommand(
      'copy',
      file,
      { lang: 'en', data },
      io().io,
      {},
    ).catch((error: unknown) => error);
    expect(isMekongError(wrongAction) && wrongAction.code).toBe('BAD_OPTION');
    expect(isMekongError(wrongAction) && wrongAction.text('en').suggestion).toContain(
      'export, import',
    );
  }, 180_000);
});
