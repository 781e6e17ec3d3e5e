import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPin,
  createPinOnce,
  openSession,
  PinLimiter,
  resetPin,
  sessionOf,
} from '../../../cli/hub/auth.ts';
import { defaultDataDir } from '../../../cli/hub/data-dir.ts';
import { MIGRATIONS, migrate, schemaVersion } from '../../../cli/hub/migrations.ts';
import {
  classId,
  classProgress,
  getHandins,
  insertHandin,
  latestHandins,
  listClasses,
  saveClass,
  saveGrade,
  studentId,
} from '../../../cli/hub/store.ts';
import { isMekongError } from '../../../robot/errors.ts';
import { BACKENDS, freshDb, SERVER_REQUIRED, SERVER_URL_GIVEN, type TestDb } from './hub-db.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isMekongError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('a PostgreSQL server for the hub suites', () => {
  it.runIf(SERVER_REQUIRED || SERVER_URL_GIVEN)(
    'is given by DATABASE_URL (under CI=true, .ci/run starts one)',
    () => {
      expect(SERVER_URL_GIVEN).toBe(true);
    },
  );
});

describe.each(BACKENDS)('the hub store (%s database)', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(backend);
  }, 120_000);
  afterAll(() => t?.drop());

  it('runs each migration once and records the schema version', async () => {
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    expect(await migrate(t.db)).toEqual([]);
    expect(await schemaVersion(t.db)).toBe(latest);
    const next = {
      version: latest + 1,
      name: 'test column',
      sql: 'ALTER TABLE classes ADD COLUMN note text;\n',
    };
    expect(await migrate(t.db, [...MIGRATIONS, next])).toEqual([latest + 1]);
    expect(await migrate(t.db, [...MIGRATIONS, next])).toEqual([]);
    expect(await schemaVersion(t.db)).toBe(latest + 1);
  });

  it('a failing migration changes nothing', async () => {
    const before = await schemaVersion(t.db);
    const broken = {
      version: before + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_made (id int);\nSELECT no_such_function();\n',
    };
    await expect(migrate(t.db, [...MIGRATIONS, broken])).rejects.toThrow();
    expect(await schemaVersion(t.db)).toBe(before);
    const tables = await t.db.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_made'");
    expect(tables).toEqual([]);
  });

  it('keeps classes and rosters; a closed roster refuses new names, an open one adds them', async () => {
    await saveClass(t.db, '7A', ['Anh', 'Bình', 'Anh']);
    await saveClass(t.db, '7B', ['Souk'], true);
    const classes = await listClasses(t.db);
    expect(classes.map((c) => [c.name, c.students, c.openRoster])).toEqual([
      ['7A', ['Anh', 'Bình'], false],
      ['7B', ['Souk'], true],
    ]);
    expect(await codeOf(studentId(t.db, '7A', 'Mai'))).toBe('HUB_UNKNOWN_STUDENT');
    expect(await codeOf(studentId(t.db, '9Z', 'Anh'))).toBe('HUB_UNKNOWN_CLASS');
    expect(await codeOf(classId(t.db, '9Z'))).toBe('HUB_UNKNOWN_CLASS');
    const noy = await studentId(t.db, '7B', 'Noy');
    expect(await studentId(t.db, '7B', 'Noy')).toBe(noy);
    expect((await listClasses(t.db)).find((c) => c.name === '7B')?.students).toEqual([
      'Noy',
      'Souk',
    ]);
  });

  it('keeps every hand-in (the history) and shows progress per student and lesson', async () => {
    const anh = await studentId(t.db, '7A', 'Anh');
    const first = await insertHandin(t.db, anh, 'hello-robot', 'ts', 'robot.led(true)');
    const second = await insertHandin(t.db, anh, 'hello-robot', 'ts', 'await robot.forward(10)');
    const other = await insertHandin(t.db, anh, 'stop-at-wall', 'blocks', '{}');
    await saveGrade(t.db, first, { passed: false, score: 40 });
    await saveGrade(t.db, second, { passed: true, score: 100 });
    // Graded once: a job run twice keeps the first grade.
    await saveGrade(t.db, second, { passed: false, score: 0 });
    const rows = await getHandins(t.db, [first, second, other, 'not-a-uuid']);
    expect(rows.map((r) => [r.id, r.status, r.passed, r.score]).sort()).toEqual(
      [
        [first, 'graded', false, 40],
        [second, 'graded', true, 100],
        [other, 'queued', null, null],
      ].sort(),
    );
    const cls = await classId(t.db, '7A');
    const progress = await classProgress(t.db, cls);
    expect(
      progress.map((p) => [p.student, p.lesson, p.state, p.best, p.handins, p.waiting, p.lastId]),
    ).toEqual([
      ['Anh', 'hello-robot', 'passed', 100, 2, 0, second],
      ['Anh', 'stop-at-wall', 'tried', null, 1, 1, other],
    ]);
    expect((await latestHandins(t.db, cls, 'hello-robot')).map((h) => h.id)).toEqual([second]);
  });

  it('makes the teacher PIN once, keeps only its hash, and opens sessions that expire', async () => {
    const pin = await createPinOnce(t.db);
    expect(pin).toMatch(/^\d{6}$/);
    expect(await createPinOnce(t.db)).toBeUndefined();
    const [row] = await t.db.query<{ pin_hash: string }>('SELECT pin_hash FROM teacher');
    expect(row?.pin_hash).not.toContain(pin);
    expect(await checkPin(t.db, pin as string)).toBe(true);
    expect(await checkPin(t.db, '000000x')).toBe(false);
    const now = new Date('2026-01-05T08:00:00Z');
    const token = await openSession(t.db, null, now);
    expect(await sessionOf(t.db, token, now)).toBe('teacher');
    expect(await sessionOf(t.db, token, new Date('2026-01-06T08:00:00Z'))).toBeUndefined();
    expect(await sessionOf(t.db, `${token}x`, now)).toBeUndefined();
    const anh = await studentId(t.db, '7A', 'Anh');
    expect(await sessionOf(t.db, await openSession(t.db, anh, now), now)).toBe(anh);
    const newPin = await resetPin(t.db);
    expect(await checkPin(t.db, newPin)).toBe(true);
    // A new PIN ends the teacher's sessions.
    expect(await sessionOf(t.db, token, now)).toBeUndefined();
  });
});

describe('the wrong-PIN limiter', () => {
  it('lets a few wrong tries through, then makes each next wait twice as long', () => {
    const limiter = new PinLimiter(3, 1000);
    for (let i = 0; i < 2; i++) limiter.wrong('a', 0);
    expect(limiter.waitMs('a', 0)).toBe(0);
    limiter.wrong('a', 0);
    expect(limiter.waitMs('a', 0)).toBe(1000);
    expect(limiter.waitMs('b', 0)).toBe(0);
    limiter.wrong('a', 1000);
    expect(limiter.waitMs('a', 1000)).toBe(2000);
    limiter.right('a');
    expect(limiter.waitMs('a', 1000)).toBe(0);
  });
});

describe('the data folder', () => {
  it('is under the user’s data folder of each system', () => {
    expect(defaultDataDir('linux', {}, '/home/an')).toBe(
      '/home/an/.local/share/mekong-robotics/classroom',
    );
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/d' }, '/home/an')).toBe(
      '/d/mekong-robotics/classroom',
    );
    expect(defaultDataDir('darwin', {}, '/Users/an')).toBe(
      '/Users/an/Library/Application Support/Mekong Robotics/classroom',
    );
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\L' }, 'C:\\U')).toContain(
      'Mekong Robotics',
    );
  });
});
