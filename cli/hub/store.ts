// What the hub keeps, as SQL over `Queryable` (the embedded database, a server, or one
// transaction of either): classes and rosters, hand-ins with their history and grades,
// and each student's progress.
import { MekongError } from '../../robot/errors.ts';
import type { Queryable } from './database.ts';
import './hub-errors.ts';

export interface ClassRow {
  id: number;
  name: string;
  openRoster: boolean;
  students: string[];
}

export type ProgramKind = 'ts' | 'blocks';

export interface HandinRow {
  id: string;
  studentId: number;
  student: string;
  className: string;
  lesson: string;
  kind: ProgramKind;
  source: string;
  status: 'queued' | 'graded';
  passed: boolean | null;
  score: number | null;
  grade: unknown;
  createdAt: Date;
  gradedAt: Date | null;
}

/** Adds class `name` (or changes whether its roster is open) and the names of `students`. */
export async function saveClass(
  db: Queryable,
  name: string,
  students: readonly string[],
  openRoster?: boolean,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO classes (name, open_roster) VALUES ($1, coalesce($2, false))
     ON CONFLICT (name) DO UPDATE SET open_roster = coalesce($2, classes.open_roster)
     RETURNING id`,
    [name, openRoster ?? null],
  );
  const id = (row as { id: number }).id;
  for (const student of new Set(students)) {
    await db.query('INSERT INTO students (class_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      id,
      student,
    ]);
  }
  return id;
}

/** Every class with its roster, by name. */
export async function listClasses(db: Queryable): Promise<ClassRow[]> {
  const rows = await db.query<{
    id: number;
    name: string;
    open_roster: boolean;
    students: string[] | null;
  }>(
    `SELECT c.id, c.name, c.open_roster,
            array_remove(array_agg(s.name ORDER BY s.name), NULL) AS students
       FROM classes c LEFT JOIN students s ON s.class_id = c.id
      GROUP BY c.id ORDER BY c.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    openRoster: r.open_roster,
    students: r.students ?? [],
  }));
}

/** The id of class `name`, or UNKNOWN_CLASS. */
export async function classId(db: Queryable, name: string): Promise<number> {
  const [row] = await db.query<{ id: number }>('SELECT id FROM classes WHERE name = $1', [name]);
  if (!row) throw new MekongError('HUB_UNKNOWN_CLASS', { name });
  return row.id;
}

/**
 * The id of `student` in class `className`: on the roster, or added now when the class's
 * roster is open (students type their name the first time).
 */
export async function studentId(
  db: Queryable,
  className: string,
  student: string,
): Promise<number> {
  const [found] = await db.query<{ id: number | null; class_id: number; open_roster: boolean }>(
    `SELECT s.id, c.id AS class_id, c.open_roster
       FROM classes c LEFT JOIN students s ON s.class_id = c.id AND s.name = $2
      WHERE c.name = $1`,
    [className, student],
  );
  if (!found) throw new MekongError('HUB_UNKNOWN_CLASS', { name: className });
  if (found.id !== null) return found.id;
  if (!found.open_roster)
    throw new MekongError('HUB_UNKNOWN_STUDENT', { name: student, class: className });
  const [added] = await db.query<{ id: number }>(
    `INSERT INTO students (class_id, name) VALUES ($1, $2)
     ON CONFLICT (class_id, name) DO UPDATE SET name = excluded.name RETURNING id`,
    [found.class_id, student],
  );
  return (added as { id: number }).id;
}

/** Keeps one hand-in (queued for grading); returns its id. */
export async function insertHandin(
  db: Queryable,
  student: number,
  lesson: string,
  kind: ProgramKind,
  source: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    'INSERT INTO handins (student_id, lesson, kind, source) VALUES ($1, $2, $3, $4) RETURNING id',
    [student, lesson, kind, source],
  );
  return (row as { id: string }).id;
}

/** A hand-in's columns, named as HandinRow names them. */
const HANDIN_COLUMNS = `h.id, h.student_id AS "studentId", s.name AS student, c.name AS "className",
  h.lesson, h.kind, h.source, h.status, h.passed, h.score, h.grade,
  h.created_at AS "createdAt", h.graded_at AS "gradedAt"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The hand-ins with these ids (those that exist), in no particular order. */
export async function getHandins(db: Queryable, ids: readonly string[]): Promise<HandinRow[]> {
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return [];
  return db.query<HandinRow>(
    `SELECT ${HANDIN_COLUMNS} FROM handins h
       JOIN students s ON s.id = h.student_id JOIN classes c ON c.id = s.class_id
      WHERE h.id = ANY($1::uuid[])`,
    [valid],
  );
}

/** The newest hand-in of each student of class `classId` on `lesson` (for reports). */
export async function latestHandins(
  db: Queryable,
  cls: number,
  lesson: string,
): Promise<HandinRow[]> {
  const rows = await db.query<HandinRow>(
    `SELECT DISTINCT ON (h.student_id) ${HANDIN_COLUMNS} FROM handins h
       JOIN students s ON s.id = h.student_id JOIN classes c ON c.id = s.class_id
      WHERE c.id = $1 AND h.lesson = $2
      ORDER BY h.student_id, h.created_at DESC`,
    [cls, lesson],
  );
  return rows.sort((a, b) => a.student.localeCompare(b.student));
}

/** Records the grade of hand-in `id` (once: a job graded twice keeps the first grade). */
export async function saveGrade(
  db: Queryable,
  id: string,
  grade: { passed: boolean; score: number },
): Promise<void> {
  await db.query(
    `UPDATE handins SET status = 'graded', passed = $2, score = $3, grade = $4, graded_at = now()
      WHERE id = $1 AND status = 'queued'`,
    [id, grade.passed, grade.score, JSON.stringify(grade)],
  );
}

/** One cell of the students × lessons grid. */
export interface ProgressCell {
  student: string;
  lesson: string;
  /** tried: handed in, never passed (or not graded yet). */
  state: 'tried' | 'passed';
  /** Best score so far, 0..100 (null before the first grade). */
  best: number | null;
  handins: number;
  /** Hand-ins not graded yet. */
  waiting: number;
  last: Date;
  /** The newest hand-in. */
  lastId: string;
}

/** Progress of class `classId`: one cell per student and lesson handed in. */
export async function classProgress(db: Queryable, cls: number): Promise<ProgressCell[]> {
  const rows = await db.query<{
    student: string;
    lesson: string;
    passed: boolean;
    best: number | null;
    handins: string | number;
    waiting: string | number;
    last: Date;
    last_id: string;
  }>(
    `SELECT s.name AS student, h.lesson,
            coalesce(bool_or(h.passed), false) AS passed,
            max(h.score) AS best,
            count(*) AS handins,
            count(*) FILTER (WHERE h.status = 'queued') AS waiting,
            max(h.created_at) AS last,
            (array_agg(h.id ORDER BY h.created_at DESC))[1] AS last_id
       FROM handins h JOIN students s ON s.id = h.student_id
      WHERE s.class_id = $1
      GROUP BY s.name, h.lesson
      ORDER BY s.name, h.lesson`,
    [cls],
  );
  return rows.map((r) => ({
    student: r.student,
    lesson: r.lesson,
    state: r.passed ? 'passed' : 'tried',
    best: r.best,
    handins: Number(r.handins),
    waiting: Number(r.waiting),
    last: new Date(r.last),
    lastId: r.last_id,
  }));
}

/** Blocks or code for a lesson, as the teacher chose for a class. */
export type LessonMode = 'blocks' | 'code';

/** The lesson modes of every class: class name → lesson → mode. */
export async function lessonModes(db: Queryable): Promise<Map<string, Record<string, LessonMode>>> {
  const rows = await db.query<{ name: string; lesson: string; mode: LessonMode }>(
    `SELECT c.name, m.lesson, m.mode FROM lesson_modes m JOIN classes c ON c.id = m.class_id
      ORDER BY c.name, m.lesson`,
  );
  const modes = new Map<string, Record<string, LessonMode>>();
  for (const r of rows) modes.set(r.name, { ...modes.get(r.name), [r.lesson]: r.mode });
  return modes;
}

/** Sets the mode class `cls` opens `lesson` in; null: the student's own choice again. */
export async function setLessonMode(
  db: Queryable,
  cls: number,
  lesson: string,
  mode: LessonMode | null,
): Promise<void> {
  if (mode === null) {
    await db.query('DELETE FROM lesson_modes WHERE class_id = $1 AND lesson = $2', [cls, lesson]);
    return;
  }
  await db.query(
    `INSERT INTO lesson_modes (class_id, lesson, mode) VALUES ($1, $2, $3)
     ON CONFLICT (class_id, lesson) DO UPDATE SET mode = excluded.mode`,
    [cls, lesson, mode],
  );
}

/**
 * Puts every hand-in of class `cls` on `lesson` back to "queued", its grade cleared (to be
 * graded again: the caller sends their jobs in the same transaction). Returns their ids,
 * oldest first.
 */
export async function requeueLesson(db: Queryable, cls: number, lesson: string): Promise<string[]> {
  const rows = await db.query<{ id: string; created_at: Date }>(
    `UPDATE handins h SET status = 'queued', passed = NULL, score = NULL, grade = NULL,
            graded_at = NULL
       FROM students s
      WHERE s.id = h.student_id AND s.class_id = $1 AND h.lesson = $2
      RETURNING h.id, h.created_at`,
    [cls, lesson],
  );
  return rows
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((r) => r.id);
}
