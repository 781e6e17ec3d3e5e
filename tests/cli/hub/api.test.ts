import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../cli/hub/hub.ts';
import { MAX_PROGRAM_BYTES } from '../../../cli/hub/hub-routes.ts';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import type { StaticServer } from '../../../cli/runtime/static-server.ts';
import { HubClient, openServedHub, type ServedHub } from './hub-client.ts';
import { BACKENDS, type TestDb } from './hub-db.ts';

const LESSONS = join(import.meta.dirname, '..', '..', '..', 'lessons');
const SOLUTION = readFileSync(join(LESSONS, '01-hello-robot', 'solution.ts'), 'utf8');
const STARTER = readFileSync(join(LESSONS, '01-hello-robot', 'starter.ts'), 'utf8');
const BLOCKS = readFileSync(join(LESSONS, '01-hello-robot', 'starter.blocks.json'), 'utf8');

describe.each(BACKENDS)('the hub API (%s database)', (backend) => {
  let t: TestDb;
  let hub: Hub;
  let server: StaticServer;
  let pin: string;
  const anh = () => new HubClient(server.url);

  let served: ServedHub;

  beforeAll(async () => {
    served = await openServedHub(
      backend,
      { lessons: await loadLessons(), workers: 1 },
      { '7A': ['Anh', 'Bình', '<b>Mai</b>'] },
    );
    ({ t, hub, server } = served);
    pin = hub.newPin as string;
  }, 180_000);

  afterAll(() => served?.close());

  async function signedIn(student: string) {
    const client = anh();
    const res = await client.call('POST', '/api/session', { class: '7A', student });
    expect(res.status).toBe(200);
    return client;
  }

  async function teacher() {
    const client = anh();
    expect((await client.call('POST', '/api/teacher/session', { pin })).status).toBe(200);
    return client;
  }

  const handin = (student: string, source: string, kind = 'ts', lesson = 'hello-robot') => ({
    class: '7A',
    student,
    lesson,
    program: { kind, source },
  });

  it('still serves the web app, with the security headers on the API too', async () => {
    const page = await anh().call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Mekong</title>');
    const api = await anh().call('GET', '/api/classes');
    expect(api.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.json.classes[0]).toEqual({
      name: '7A',
      students: ['<b>Mai</b>', 'Anh', 'Bình'],
      open: false,
      modes: {},
    });
    expect(api.json.lessons).toContain('hello-robot');
  });

  it('serves the teacher page in the teacher’s language, under the strict policy', async () => {
    const page = await anh().call('GET', '/teacher', undefined, { 'accept-language': 'lo' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="lo">');
    expect(page.text).toContain('ໜ້າຄູ');
    expect(page.text).toContain('src="/teacher/teacher.js"');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-inline' ");
    const script = await anh().call('GET', '/teacher/teacher.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.text).toContain('/api/progress');
  });

  it('takes a hand-in (202 with its id), grades it, and shows the grade in the student’s language', async () => {
    const student = await signedIn('Anh');
    const passing = await student.call('POST', '/api/handins', handin('Anh', SOLUTION));
    expect(passing.status).toBe(202);
    expect(Object.keys(passing.json)).toEqual(['id']);
    const failing = await student.call('POST', '/api/handins', handin('Anh', STARTER));
    expect(failing.status).toBe(202);
    const good = await student.graded(passing.json.id);
    expect(good.grade.passed).toBe(true);
    expect(good.grade.score).toBe(100);
    const bad = await student.graded(failing.json.id);
    expect(bad.grade.passed).toBe(false);
    const failed = bad.grade.checks.filter((c: { passed: boolean }) => !c.passed);
    expect(failed.length).toBeGreaterThan(0);
    const en = failed[0].reason as string;
    const vi = await student.call('GET', `/api/handins/${failing.json.id}?lang=vi`);
    const viReason = vi.json.grade.checks.find((c: { id: string }) => c.id === failed[0].id).reason;
    expect(viReason).not.toBe(en);
    const lo = await student.call('GET', `/api/handins/${failing.json.id}`, undefined, {
      'accept-language': 'lo-LA,lo;q=0.9',
    });
    expect(lo.json.grade.checks.find((c: { id: string }) => c.id === failed[0].id).reason).toMatch(
      /[\u0E80-\u0EFF]/,
    );
    // The student reads their grade, not their source (only the teacher opens programs).
    expect(good.program).toBeUndefined();
  }, 120_000);

  it('grades a block program like a typed one', async () => {
    const student = await signedIn('Bình');
    const sent = await student.call('POST', '/api/handins', handin('Bình', BLOCKS, 'blocks'));
    expect(sent.status).toBe(202);
    const graded = await student.graded(sent.json.id);
    expect(graded.grade.checks.length).toBeGreaterThan(0);
    expect(graded.grade.passed).toBe(false);
  }, 120_000);

  it('grades a hostile program in the sandbox: it fails, and the hub keeps answering', async () => {
    const student = await signedIn('Bình');
    const hostile = 'while (true) {}\n';
    const sent = await student.call('POST', '/api/handins', handin('Bình', hostile));
    expect(sent.status).toBe(202);
    expect((await anh().call('GET', '/api/classes')).status).toBe(200);
    const graded = await student.graded(sent.json.id);
    expect(graded.grade.passed).toBe(false);
    expect(graded.grade.checks[0].id).toBe('program');
  }, 120_000);

  it('refuses bad hand-ins with a clear error and keeps nothing of them', async () => {
    const student = await signedIn('Anh');
    const count = async () =>
      Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM handins'))[0]?.n);
    const before = await count();
    const cases: [unknown, number, string][] = [
      ['{"class": "7A",', 400, 'HUB_BAD_JSON'],
      [handin('Anh', 'x'.repeat(MAX_PROGRAM_BYTES + 1)), 413, 'HUB_TOO_LARGE'],
      [handin('Anh', 'x'.repeat(3 * MAX_PROGRAM_BYTES)), 413, 'HUB_TOO_LARGE'],
      [handin('Anh', 'x'.repeat(5 * MAX_PROGRAM_BYTES)), 413, 'HUB_TOO_LARGE'],
      [handin('Anh', SOLUTION, 'ts', 'no-such-lesson'), 404, 'HUB_UNKNOWN_LESSON'],
      [{ ...handin('Anh', SOLUTION), class: '9Z' }, 404, 'HUB_UNKNOWN_CLASS'],
      [handin('Nobody', SOLUTION), 404, 'HUB_UNKNOWN_STUDENT'],
      [handin('Anh', SOLUTION, 'python'), 400, 'HUB_BAD_FIELD'],
      [{ class: '7A', student: 'Anh', lesson: 'hello-robot' }, 400, 'HUB_BAD_FIELD'],
      [[1, 2], 400, 'HUB_BAD_FIELD'],
    ];
    for (const [body, status, code] of cases) {
      const res = await student.call('POST', '/api/handins', body);
      const what = typeof body === 'string' ? body : code;
      expect(res.status, what).toBe(status);
      expect(res.json.error.code, what).toBe(code);
      expect(res.json.error.message.length, what).toBeGreaterThan(10);
      expect(res.json.error.suggestion.length, what).toBeGreaterThan(10);
    }
    const vi = await student.call('POST', '/api/handins?lang=vi', handin('Nobody', SOLUTION));
    expect(vi.json.error.message).toContain('không có học sinh');
    const wrongType = await student.call('POST', '/api/handins', 'class=7A', {
      'content-type': 'text/plain',
    });
    expect(wrongType.json.error.code).toBe('HUB_BAD_JSON');
    expect(await count()).toBe(before);
  });

  it('lets a student hand in only as themselves, and read only their own hand-ins', async () => {
    const anhClient = await signedIn('Anh');
    const binh = await signedIn('Bình');
    const stranger = anh();
    for (const client of [binh, stranger]) {
      const res = await client.call('POST', '/api/handins', handin('Anh', STARTER));
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe('HUB_NOT_SIGNED_IN');
    }
    const own = await anhClient.call('POST', '/api/handins', handin('Anh', STARTER));
    expect(own.status).toBe(202);
    for (const client of [binh, stranger]) {
      const res = await client.call('GET', `/api/handins/${own.json.id}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('robot.led');
    }
    expect((await anhClient.call('GET', `/api/handins/${own.json.id}`)).status).toBe(200);
    expect((await anhClient.call('GET', '/api/handins/not-an-id')).status).toBe(404);
    // The session cookie cannot be read by the page's scripts nor sent by other sites.
    const set = anhClient.setCookies.find((c) => c.startsWith('mekong_student='));
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
  });

  it('keeps teacher routes for the PIN session, and rate-limits wrong PINs', async () => {
    const student = await signedIn('Anh');
    for (const [method, path, body] of [
      ['GET', '/api/progress?class=7A', undefined],
      ['GET', '/api/report?class=7A&lesson=hello-robot', undefined],
      ['POST', '/api/classes', { name: '8C', students: ['X'] }],
    ] as const) {
      const res = await student.call(method, path, body);
      expect(res.status, path).toBe(401);
      expect(res.json.error.code, path).toBe('HUB_TEACHER_ONLY');
    }
    const guesser = anh();
    const wrong = pin === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await guesser.call('POST', '/api/teacher/session', { pin: wrong })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right PIN waits once the limit is reached.
    const late = await guesser.call('POST', '/api/teacher/session', { pin });
    expect(late.status).toBe(429);
    expect(late.json.error.code).toBe('HUB_TOO_MANY_TRIES');
    hub.limiter.right('127.0.0.1');
    const t1 = await teacher();
    const set = t1.setCookies.find((c) => c.startsWith('mekong_teacher='));
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
  });

  it('shows the teacher progress, any hand-in with its program, and reports that escape names', async () => {
    const t1 = await teacher();
    const added = await t1.call('POST', '/api/classes', { name: '7A', students: ['<b>Mai</b>'] });
    expect(added.status).toBe(200);
    const mai = await signedIn('<b>Mai</b>');
    const sent = await mai.call('POST', '/api/handins', handin('<b>Mai</b>', SOLUTION));
    await mai.graded(sent.json.id);
    const progress = await t1.call('GET', '/api/progress?class=7A');
    expect(progress.status).toBe(200);
    const cell = progress.json.cells.find((c: { student: string }) => c.student === '<b>Mai</b>');
    expect(cell).toMatchObject({ lesson: 'hello-robot', state: 'passed', best: 100, handins: 1 });
    const anhCell = progress.json.cells.find((c: { student: string }) => c.student === 'Anh');
    expect(anhCell.handins).toBeGreaterThanOrEqual(3);
    const opened = await t1.call('GET', `/api/handins/${sent.json.id}`);
    expect(opened.json.program).toEqual({ kind: 'ts', source: SOLUTION });
    const csv = await t1.call('GET', '/api/report?class=7A&lesson=hello-robot&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = csv.text.trim().split('\n');
    expect(rows[0]).toContain('program');
    expect(rows.some((r) => r.startsWith('"<b>Mai</b>"') || r.startsWith('<b>Mai</b>'))).toBe(true);
    const html = await t1.call('GET', '/api/report?class=7A&lesson=hello-robot&format=html');
    expect(html.text).toContain('&lt;b&gt;Mai&lt;/b&gt;');
    expect(html.text).not.toContain('<b>Mai</b>');
  }, 120_000);
});
