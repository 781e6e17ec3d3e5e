// `mekong classroom export/import`: a hub's classes as one JSON file, to move them to
// another machine or keep a backup. Import adds what the file has and this hub lacks (a
// hand-in is known by its id), so importing a backup twice changes nothing.
import type { HubDb } from './database.ts';
import type { GradeQueue } from './queue.ts';
import { saveClass } from './store.ts';

/** The file's format; a later format gets a new number. */
export const EXPORT_FORMAT = 'mekong-classroom/1';

export interface ClassroomFile {
  format: typeof EXPORT_FORMAT;
  classes: { name: string; open: boolean; students: string[] }[];
  handins: {
    id: string;
    class: string;
    student: string;
    lesson: string;
    kind: 'ts' | 'blocks';
    source: string;
    status: 'queued' | 'graded';
    passed: boolean | null;
    score: number | null;
    grade: unknown;
    createdAt: string;
    gradedAt: string | null;
  }[];
  lessonModes: { class: string; lesson: string; mode: 'blocks' | 'code' }[];
}

/** Everything the hub keeps of its classes (not the PIN nor the sessions). */
export async function exportClassroom(db: HubDb): Promise<ClassroomFile> {
  const classes = await db.query<ClassroomFile['classes'][number]>(
    `SELECT c.name, c.open_roster AS open,
            coalesce(array_remove(array_agg(s.name ORDER BY s.name), NULL), '{}') AS students
       FROM classes c LEFT JOIN students s ON s.class_id = c.id
      GROUP BY c.id ORDER BY c.name`,
  );
  const handins = await db.query<ClassroomFile['handins'][number]>(
    `SELECT h.id, c.name AS class, s.name AS student, h.lesson, h.kind, h.source, h.status,
            h.passed, h.score, h.grade, h.created_at AS "createdAt", h.graded_at AS "gradedAt"
       FROM handins h JOIN students s ON s.id = h.student_id JOIN classes c ON c.id = s.class_id
      ORDER BY h.created_at, h.id`,
  );
  const lessonModes = await db.query<ClassroomFile['lessonModes'][number]>(
    `SELECT c.name AS class, m.lesson, m.mode FROM lesson_modes m
       JOIN classes c ON c.id = m.class_id ORDER BY c.name, m.lesson`,
  );
  return { format: EXPORT_FORMAT, classes, handins, lessonModes };
}

/**
 * Adds the classes, students and hand-ins of `file` that this hub lacks, in one
 * transaction; hand-ins not graded yet are queued. Returns how many hand-ins were added.
 */
export async function importClassroom(
  db: HubDb,
  queue: GradeQueue,
  file: ClassroomFile,
): Promise<number> {
  return db.transaction(async (tx) => {
    for (const c of file.classes) await saveClass(tx, c.name, c.students, c.open);
    let added = 0;
    for (const h of file.handins) {
      await saveClass(tx, h.class, [h.student]);
      const rows = await tx.query(
        `INSERT INTO handins (id, student_id, lesson, kind, source, status, passed, score, grade,
                              created_at, graded_at)
         SELECT $1, s.id, $4, $5, $6, $7, $8, $9, $10, $11, $12
           FROM students s JOIN classes c ON c.id = s.class_id
          WHERE c.name = $2 AND s.name = $3
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          h.id,
          h.class,
          h.student,
          h.lesson,
          h.kind,
          h.source,
          h.status,
          h.passed,
          h.score,
          h.grade === null ? null : JSON.stringify(h.grade),
          h.createdAt,
          h.gradedAt,
        ],
      );
      if (rows.length === 0) continue;
      added++;
      if (h.status === 'queued') await queue.enqueue(tx, h.id);
    }
    for (const m of file.lessonModes) {
      await tx.query(
        `INSERT INTO lesson_modes (class_id, lesson, mode)
         SELECT id, $2, $3 FROM classes WHERE name = $1
         ON CONFLICT (class_id, lesson) DO UPDATE SET mode = excluded.mode`,
        [m.class, m.lesson, m.mode],
      );
    }
    return added;
  });
}
