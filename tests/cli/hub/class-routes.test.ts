import qrcode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeHandins } from '../../../cli/hub/grader.ts';
import type { Hub } from '../../../cli/hub/hub.ts';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import type { StaticServer } from '../../../cli/runtime/static-server.ts';
import type { ProgramGrade } from '../../../lessons/grade.ts';
import { HubClient, openServedHub, type ServedHub } from './hub-client.ts';
import { BACKENDS } from './hub-db.ts';

/*
 * The teacher's settings of a class (issue 16, issue 14's last item): blocks or code per
 * lesson, an open roster, re-grading a lesson through the queue, and the QR code of the
 * address students type. The grader here scores a program by the grader's "edition" at the
 * time it grades, so a re-grade shows in the scores.
 */
describe.each(BACKENDS)('the class settings on the hub (%s database)', (backend) => {
  let hub: Hub;
  let server: StaticServer;
  let edition = 1;
  const graded: string[] = [];
  const grade: GradeHandins = async (handins) =>
    new Map(
      handins.map((h) => {
        graded.push(h.id);
        const score = edition === 1 ? 40 : 100;
        const result: ProgramGrade = {
          program: h.id,
          passed: score === 100,
          score,
          checks: [],
          runs: [],
        };
        return [h.id, result];
      }),
    );
  const client = () => new HubClient(server.url);

  let served: ServedHub;

  beforeAll(async () => {
    served = await openServedHub(
      backend,
      { lessons: await loadLessons(), grade },
      { '7A': ['Anh', 'Bình'], '8B': ['Chi'] },
    );
    ({ hub, server } = served);
  }, 180_000);

  afterAll(() => served?.close());

  async function teacher() {
    const c = client();
    const res = await c.call('POST', '/api/teacher/session', { pin: hub.newPin });
    expect(res.status).toBe(200);
    return c;
  }

  async function student(cls: string, name: string) {
    const c = client();
    const res = await c.call('POST', '/api/session', { class: cls, student: name });
    expect(res.status, res.text).toBe(200);
    return c;
  }

  const handIn = async (c: HubClient, cls: string, name: string) => {
    const res = await c.call('POST', '/api/handins', {
      class: cls,
      student: name,
      lesson: 'hello-robot',
      program: { kind: 'ts', source: 'robot.led(true);' },
    });
    expect(res.status).toBe(202);
    return res.json.id as string;
  };

  const modesOf = async (cls: string) =>
    (
      (await client().call('GET', '/api/classes')).json.classes as { name: string; modes: object }[]
    ).find((c) => c.name === cls)?.modes;

  it('keeps every setting for the teacher’s session: students and strangers change nothing', async () => {
    const anh = await student('7A', 'Anh');
    const stranger = client();
    for (const c of [anh, stranger]) {
      for (const [path, body] of [
        ['/api/modes', { class: '7A', lesson: 'hello-robot', mode: 'blocks' }],
        ['/api/roster', { class: '7A', open: true }],
        ['/api/regrade', { class: '7A', lesson: 'hello-robot' }],
      ] as const) {
        const res = await c.call('POST', path, body);
        expect(res.status, path).toBe(401);
        expect(res.json.error.code, path).toBe('HUB_TEACHER_ONLY');
      }
    }
    expect(await modesOf('7A')).toEqual({});
    const refused = await client().call('POST', '/api/session', { class: '7A', student: 'Zed' });
    expect(refused.json.error.code).toBe('HUB_UNKNOWN_STUDENT');
  });

  it('sets blocks or code per lesson for one class, and the students’ page reads it', async () => {
    const t1 = await teacher();
    /** POST /api/modes as the teacher; `query` e.g. "?lang=vi". */
    const setMode = (cls: string, lesson: string, mode: string, query = '') =>
      t1.call('POST', `/api/modes${query}`, { class: cls, lesson, mode });
    const set = await setMode('7A', 'hello-robot', 'blocks');
    expect(set.status).toBe(200);
    expect(await modesOf('7A')).toEqual({ 'hello-robot': 'blocks' });
    expect(await modesOf('8B')).toEqual({});
    await setMode('7A', 'hello-robot', 'code');
    expect(await modesOf('7A')).toEqual({ 'hello-robot': 'code' });
    await setMode('7A', 'hello-robot', 'free');
    expect(await modesOf('7A')).toEqual({});
    // Bad settings: a clear error in the teacher's language, and nothing kept.
    const bad = await setMode('7A', 'hello-robot', 'python', '?lang=vi');
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('HUB_BAD_FIELD');
    expect(bad.json.error.message).toContain('mode');
    const lesson = await setMode('7A', 'nope', 'code');
    expect(lesson.status).toBe(404);
    expect(lesson.json.error.code).toBe('HUB_UNKNOWN_LESSON');
    const cls = await setMode('9Z', 'hello-robot', 'code');
    expect(cls.json.error.code).toBe('HUB_UNKNOWN_CLASS');
    expect(await modesOf('7A')).toEqual({});
    expect((await client().call('GET', '/api/classes')).json.classes).toHaveLength(2);
  });

  it('lets students type their name the first time only while the teacher allows it', async () => {
    const t1 = await teacher();
    expect((await t1.call('POST', '/api/roster', { class: '7A', open: true })).json).toEqual({
      class: '7A',
      open: true,
    });
    await student('7A', 'Zed');
    const classes = (await client().call('GET', '/api/classes')).json.classes;
    expect(classes.find((c: { name: string }) => c.name === '7A')).toMatchObject({
      open: true,
      students: expect.arrayContaining(['Zed']),
    });
    await t1.call('POST', '/api/roster', { class: '7A', open: false });
    const refused = await client().call('POST', '/api/session', { class: '7A', student: 'Yan' });
    expect(refused.status).toBe(404);
    expect(refused.json.error.code).toBe('HUB_UNKNOWN_STUDENT');
    // Zed is on the roster now and stays.
    await student('7A', 'Zed');
    const bad = await t1.call('POST', '/api/roster', { class: '7A', open: 'yes' });
    expect(bad.json.error.code).toBe('HUB_BAD_FIELD');
    const unknown = await t1.call('POST', '/api/roster', { class: '9Z', open: true });
    expect(unknown.json.error.code).toBe('HUB_UNKNOWN_CLASS');
    expect((await client().call('GET', '/api/classes')).json.classes).toHaveLength(2);
  });

  it('re-grades a lesson for one class through the queue, and the grid shows the new grades', async () => {
    const anh = await student('7A', 'Anh');
    const binh = await student('7A', 'Bình');
    const chi = await student('8B', 'Chi');
    const ids = [await handIn(anh, '7A', 'Anh'), await handIn(binh, '7A', 'Bình')];
    const other = await handIn(chi, '8B', 'Chi');
    const t1 = await teacher();
    for (const id of [...ids, other]) expect((await t1.graded(id)).grade.score).toBe(40);
    edition = 2;
    const before = graded.length;
    const res = await t1.call('POST', '/api/regrade', { class: '7A', lesson: 'hello-robot' });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ lesson: 'hello-robot', queued: 2 });
    for (const id of ids) expect((await t1.graded(id)).grade.score).toBe(100);
    expect(graded.length - before).toBe(2);
    const progress = await t1.call('GET', '/api/progress?class=7A');
    expect(
      progress.json.cells.map((c: { student: string; best: number; state: string }) => [
        c.student,
        c.best,
        c.state,
      ]),
    ).toEqual([
      ['Anh', 100, 'passed'],
      ['Bình', 100, 'passed'],
    ]);
    // The other class keeps its grade.
    expect((await t1.call('GET', `/api/handins/${other}`)).json.grade.score).toBe(40);
    const unknown = await t1.call('POST', '/api/regrade', { class: '7A', lesson: 'nope' });
    expect(unknown.json.error.code).toBe('HUB_UNKNOWN_LESSON');
  });

  it('shows the address students type, with its QR code, on the teacher page', async () => {
    hub.address = 'http://10.0.0.7:8080/';
    try {
      const page = await client().call('GET', '/teacher', undefined, { 'accept-language': 'vi' });
      expect(page.text).toContain('<strong id="address">http://10.0.0.7:8080/</strong>');
      expect(page.text).toContain('Học sinh mở địa chỉ này');
      expect(page.text).toContain('<img id="qr" src="/teacher/qr.svg"');
      const qr = await client().call('GET', '/teacher/qr.svg');
      expect(qr.headers.get('content-type')).toContain('image/svg+xml');
      expect(qr.text).toBe(
        await qrcode.toString('http://10.0.0.7:8080/', { type: 'svg', margin: 2 }),
      );
      expect(qr.text).not.toBe(await qrcode.toString(server.url, { type: 'svg', margin: 2 }));
    } finally {
      delete hub.address;
    }
    // Before `mekong start` knows the LAN address: the one the teacher's browser used.
    const page = await client().call('GET', '/teacher');
    expect(page.text).toContain(`<strong id="address">${server.url}</strong>`);
  });
});
