// The teacher's settings of a class and its lessons, on the hub's API: blocks or code per
// lesson (the students' page opens the lesson in that mode), whether students may type
// their name the first time, and re-grading a lesson for the whole class through the queue.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MekongError } from '../../robot/errors.ts';
import type { Hub } from './hub.ts';
import { classId, type LessonMode, requeueLesson, saveClass, setLessonMode } from './store.ts';
import './hub-errors.ts';

export interface ClassRouteTools {
  /** Throws HUB_TEACHER_ONLY unless `req` comes with the teacher's PIN session. */
  requireTeacher(req: FastifyRequest): Promise<void>;
  /** The checked text field `name` of `body` (a name, an id). */
  field(body: unknown, name: string, expected: string): string;
}

const MODES: Record<string, LessonMode | null> = { blocks: 'blocks', code: 'code', free: null };

/** Adds the routes to `app`; every one needs the teacher's session. */
export function classRoutes(app: FastifyInstance, hub: Hub, tools: ClassRouteTools) {
  const { db } = hub;
  const { requireTeacher, field } = tools;
  const lessonOf = (body: unknown) => {
    const lesson = field(body, 'lesson', 'a lesson id');
    if (!hub.lessons.has(lesson)) {
      throw new MekongError('HUB_UNKNOWN_LESSON', {
        lesson,
        lessons: [...hub.lessons.keys()].join(', '),
      });
    }
    return lesson;
  };

  app.post('/api/modes', async (req) => {
    await requireTeacher(req);
    const cls = await classId(db, field(req.body, 'class', 'a class name'));
    const lesson = lessonOf(req.body);
    const asked = (req.body as { mode?: unknown }).mode;
    const mode = typeof asked === 'string' ? MODES[asked] : undefined;
    if (mode === undefined)
      throw new MekongError('HUB_BAD_FIELD', {
        field: 'mode',
        expected: '"blocks", "code" or "free"',
      });
    await setLessonMode(db, cls, lesson, mode);
    return { lesson, mode: mode ?? 'free' };
  });

  app.post('/api/roster', async (req) => {
    await requireTeacher(req);
    const name = field(req.body, 'class', 'a class name');
    const open = (req.body as { open?: unknown }).open;
    if (typeof open !== 'boolean')
      throw new MekongError('HUB_BAD_FIELD', { field: 'open', expected: 'true or false' });
    await classId(db, name);
    await saveClass(db, name, [], open);
    return { class: name, open };
  });

  app.post('/api/regrade', async (req, reply) => {
    await requireTeacher(req);
    const cls = await classId(db, field(req.body, 'class', 'a class name'));
    const lesson = lessonOf(req.body);
    const queued = await db.transaction(async (tx) => {
      const ids = await requeueLesson(tx, cls, lesson);
      for (const id of ids) await hub.queue.enqueue(tx, id);
      return ids.length;
    });
    // Answered once every hand-in and its job are committed: the grid shows them grading.
    return reply.code(202).send({ lesson, queued });
  });
}
