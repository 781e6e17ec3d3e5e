// The hub's HTTP API on the server of `mekong start` (docs/classroom.md documents it):
// students sign in and hand in, the teacher signs in with the PIN and reads progress and
// reports. Every error is a MekongError answered in the reader's language.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeGradeCheck } from '../../lessons/checks/describe.ts';
import type { ProgramGrade } from '../../lessons/grade.ts';
import { isMekongError, MekongError } from '../../robot/errors.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { detectLang } from '../../robot/i18n/text-core.js';
import { checkPin, openSession, SESSION_MS, sessionOf } from './auth.ts';
import { classRoutes } from './class-routes.ts';
import { COMPETITION_STATUS } from './competition-errors.ts';
import { competitionRoutes } from './competition-routes.ts';
import type { Hub } from './hub.ts';
import { classReport } from './reports.ts';
import {
  classId,
  classProgress,
  getHandins,
  type HandinRow,
  insertHandin,
  lessonModes,
  listClasses,
  saveClass,
  studentId,
} from './store.ts';
import { teacherRoutes } from './teacher-page.ts';
import './hub-errors.ts';

/** Largest program a student may hand in, bytes of UTF-8 (the issue's ≈ 200 KB). */
export const MAX_PROGRAM_BYTES = 200 * 1024;

/** Largest request body read at all; above MAX_PROGRAM_BYTES it is read only to say how large. */
const BODY_LIMIT = 4 * MAX_PROGRAM_BYTES;

const STUDENT_COOKIE = 'mekong_student';
const TEACHER_COOKIE = 'mekong_teacher';
const NAME_CHARS = 80;

/** HTTP status of each hub error. */
const STATUS: Record<string, number> = {
  HUB_BAD_JSON: 400,
  HUB_BAD_FIELD: 400,
  HUB_TOO_LARGE: 413,
  HUB_UNKNOWN_LESSON: 404,
  HUB_UNKNOWN_CLASS: 404,
  HUB_UNKNOWN_STUDENT: 404,
  HUB_NOT_SIGNED_IN: 401,
  HUB_NOT_FOUND: 404,
  HUB_TEACHER_ONLY: 401,
  HUB_WRONG_PIN: 401,
  HUB_TOO_MANY_TRIES: 429,
  ...COMPETITION_STATUS,
};

/** The reader's language: `?lang=`, else the browser's Accept-Language. */
export function requestLang(req: FastifyRequest): Lang {
  const asked = (req.query as Record<string, unknown> | undefined)?.lang;
  const accept = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim());
  return detectLang([typeof asked === 'string' ? asked : undefined, ...accept]);
}

function sendError(reply: FastifyReply, error: MekongError, lang: Lang) {
  const { message, suggestion } = error.text(lang);
  return reply
    .code(STATUS[error.code] ?? 400)
    .send({ error: { code: error.code, params: error.params, message, suggestion } });
}

export function field(body: unknown, name: string, expected: string): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > NAME_CHARS)
    throw new MekongError('HUB_BAD_FIELD', { field: name, expected });
  return value.trim();
}

interface HandinBody {
  class: string;
  student: string;
  lesson: string;
  program: { kind: 'ts' | 'blocks'; source: string };
}

/**
 * The checked program of a hand-in's body (a lesson's or a competition's): its size first,
 * then its kind; with the class and student it names.
 */
export function programBody(body: unknown): Omit<HandinBody, 'lesson'> {
  // Fastify reads text/plain as a string: only JSON is a hand-in.
  if (typeof body === 'string')
    throw new MekongError('HUB_BAD_JSON', { detail: 'Content-Type: application/json' });
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new MekongError('HUB_BAD_FIELD', { field: 'program', expected: 'an object' });
  const program = (body as { program?: unknown }).program as
    | { kind?: unknown; source?: unknown }
    | undefined;
  if (typeof program?.source !== 'string')
    throw new MekongError('HUB_BAD_FIELD', { field: 'program.source', expected: 'text' });
  const bytes = Buffer.byteLength(program.source);
  if (bytes > MAX_PROGRAM_BYTES) throw tooLarge(bytes);
  if (program.kind !== 'ts' && program.kind !== 'blocks')
    throw new MekongError('HUB_BAD_FIELD', { field: 'program.kind', expected: '"ts" or "blocks"' });
  return {
    class: field(body, 'class', 'a class name'),
    student: field(body, 'student', 'a student name'),
    program: { kind: program.kind, source: program.source },
  };
}

/** The checked body of POST /api/handins (its size checked first, then its fields). */
function handinBody(body: unknown): HandinBody {
  const checked = programBody(body);
  return { ...checked, lesson: field(body, 'lesson', 'a lesson id') };
}

function tooLarge(bytes: number): MekongError {
  return new MekongError('HUB_TOO_LARGE', {
    size: Math.ceil(bytes / 1024),
    limit: MAX_PROGRAM_BYTES / 1024,
  });
}

/** A hand-in as its student (or the teacher) reads it, the grade's reasons in `lang`. */
export function handinView(hub: Hub, handin: HandinRow, lang: Lang) {
  const grade = handin.grade as ProgramGrade | null;
  const lesson = hub.lessons.get(handin.lesson);
  const runs = grade?.runs.length ?? 0;
  return {
    id: handin.id,
    class: handin.className,
    student: handin.student,
    lesson: handin.lesson,
    status: handin.status,
    createdAt: handin.createdAt.toISOString(),
    ...(grade && handin.status === 'graded'
      ? {
          grade: {
            passed: grade.passed,
            score: grade.score,
            checks: grade.checks.map((c) => ({
              id: c.id,
              passed: c.passed,
              score: c.score,
              reason: describeGradeCheck(c, runs, lang, lesson?.names),
              ...(c.hint ? { hint: c.hint[lang] } : {}),
            })),
          },
          gradedAt: handin.gradedAt?.toISOString(),
        }
      : {}),
  };
}

/** Adds the hub's routes to `app` (the server of `mekong start`). */
export function hubRoutes(hub: Hub) {
  return async (app: FastifyInstance) => {
    await app.register(cookie);
    const { db } = hub;
    const cookieOptions = {
      httpOnly: true,
      sameSite: 'strict' as const,
      path: '/',
      maxAge: SESSION_MS / 1000,
    };
    const who = (req: FastifyRequest, name: string) =>
      sessionOf(db, req.cookies[name], new Date(hub.now()));
    const requireTeacher = async (req: FastifyRequest) => {
      if ((await who(req, TEACHER_COOKIE)) !== 'teacher')
        throw new MekongError('HUB_TEACHER_ONLY', {});
    };

    app.setErrorHandler((error, req, reply) => {
      const lang = requestLang(req);
      if (isMekongError(error)) return sendError(reply, error, lang);
      const code = (error as { code?: string }).code;
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return sendError(reply, tooLarge(Number(req.headers['content-length'] ?? 0)), lang);
      if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
        return sendError(
          reply,
          new MekongError('HUB_BAD_JSON', { detail: String(req.headers['content-type'] ?? '') }),
          lang,
        );
      if (error instanceof SyntaxError || code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        const detail = (error as Error).message;
        return sendError(reply, new MekongError('HUB_BAD_JSON', { detail }), lang);
      }
      req.log.error(error);
      return reply.code(500).send({ error: { code: 'INTERNAL', message: 'internal error' } });
    });

    teacherRoutes(app, requestLang, () => hub.address);
    classRoutes(app, hub, { requireTeacher, field });
    competitionRoutes(app, hub, {
      requireTeacher,
      student: (req) => who(req, STUDENT_COOKIE),
      bodyLimit: BODY_LIMIT,
    });

    app.get('/api/classes', async () => {
      const [classes, modes] = await Promise.all([listClasses(db), lessonModes(db)]);
      return {
        classes: classes.map((c) => ({
          name: c.name,
          students: c.students,
          open: c.openRoster,
          modes: modes.get(c.name) ?? {},
        })),
        lessons: [...hub.lessons.keys()],
      };
    });

    app.post('/api/session', async (req, reply) => {
      const className = field(req.body, 'class', 'a class name');
      const student = field(req.body, 'student', 'a student name');
      const id = await studentId(db, className, student);
      const token = await openSession(db, id, new Date(hub.now()));
      reply.setCookie(STUDENT_COOKIE, token, cookieOptions);
      return { class: className, student };
    });

    app.post('/api/handins', { bodyLimit: BODY_LIMIT }, async (req, reply) => {
      const body = handinBody(req.body);
      if (!hub.lessons.has(body.lesson)) {
        throw new MekongError('HUB_UNKNOWN_LESSON', {
          lesson: body.lesson,
          lessons: [...hub.lessons.keys()].join(', '),
        });
      }
      const student = await studentId(db, body.class, body.student);
      if ((await who(req, STUDENT_COOKIE)) !== student)
        throw new MekongError('HUB_NOT_SIGNED_IN', { name: body.student, class: body.class });
      const id = await db.transaction(async (tx) => {
        const handin = await insertHandin(
          tx,
          student,
          body.lesson,
          body.program.kind,
          body.program.source,
        );
        await hub.queue.enqueue(tx, handin);
        return handin;
      });
      // Answered only now: the hand-in and its job are committed together.
      return reply.code(202).send({ id });
    });

    app.get<{ Params: { id: string } }>('/api/handins/:id', async (req) => {
      const [handin] = await getHandins(db, [req.params.id]);
      const teacher = (await who(req, TEACHER_COOKIE)) === 'teacher';
      // Someone else's hand-in is answered as if it did not exist.
      if (!handin || (!teacher && (await who(req, STUDENT_COOKIE)) !== handin.studentId))
        throw new MekongError('HUB_NOT_FOUND', { id: req.params.id.slice(0, 40) });
      return {
        ...handinView(hub, handin, requestLang(req)),
        ...(teacher ? { program: { kind: handin.kind, source: handin.source } } : {}),
      };
    });

    app.post('/api/teacher/session', async (req, reply) => {
      const client = req.ip;
      const wait = hub.limiter.waitMs(client, hub.now());
      if (wait > 0)
        throw new MekongError('HUB_TOO_MANY_TRIES', { seconds: Math.ceil(wait / 1000) });
      const pin = (req.body as { pin?: unknown } | null)?.pin;
      if (typeof pin !== 'string' || !(await checkPin(db, pin))) {
        hub.limiter.wrong(client, hub.now());
        throw new MekongError('HUB_WRONG_PIN', {});
      }
      hub.limiter.right(client);
      reply.setCookie(
        TEACHER_COOKIE,
        await openSession(db, null, new Date(hub.now())),
        cookieOptions,
      );
      return { teacher: true };
    });

    app.get('/api/teacher/session', async (req) => {
      await requireTeacher(req);
      return { teacher: true };
    });

    app.post('/api/classes', async (req) => {
      await requireTeacher(req);
      const name = field(req.body, 'name', 'a class name');
      const body = req.body as { students?: unknown; open?: unknown };
      const students = Array.isArray(body.students) ? body.students : [];
      const names = students.map((s) => (typeof s === 'string' ? s.trim() : '')).filter(Boolean);
      if (names.length !== students.length || names.some((n) => n.length > NAME_CHARS))
        throw new MekongError('HUB_BAD_FIELD', { field: 'students', expected: 'a list of names' });
      await saveClass(db, name, names, typeof body.open === 'boolean' ? body.open : undefined);
      return { classes: await listClasses(db) };
    });

    app.get<{ Querystring: { class?: string } }>('/api/progress', async (req) => {
      await requireTeacher(req);
      const name = field(req.query, 'class', 'a class name');
      const cls = await classId(db, name);
      const roster = (await listClasses(db)).find((c) => c.id === cls);
      const cells = await classProgress(db, cls);
      return {
        class: name,
        students: roster?.students ?? [],
        lessons: [...hub.lessons.keys()],
        cells: cells.map((c) => ({ ...c, last: c.last.toISOString() })),
      };
    });

    app.get<{ Querystring: { class?: string; lesson?: string; format?: string } }>(
      '/api/report',
      async (req, reply) => {
        await requireTeacher(req);
        const name = field(req.query, 'class', 'a class name');
        const lessonId = field(req.query, 'lesson', 'a lesson id');
        const lesson = hub.lessons.get(lessonId);
        if (!lesson) {
          throw new MekongError('HUB_UNKNOWN_LESSON', {
            lesson: lessonId,
            lessons: [...hub.lessons.keys()].join(', '),
          });
        }
        const format = req.query.format === 'html' ? 'html' : 'csv';
        const report = await classReport(
          db,
          await classId(db, name),
          lesson,
          format,
          requestLang(req),
        );
        return reply
          .type(format === 'html' ? 'text/html; charset=utf-8' : 'text/csv; charset=utf-8')
          .header(
            'Content-Disposition',
            `attachment; filename="${encodeURIComponent(`${name}-${lessonId}`)}.${format}"`,
          )
          .send(report);
      },
    );
  };
}
