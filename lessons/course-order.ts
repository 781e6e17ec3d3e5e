import { MekongError } from '../robot/errors.ts';
import { phrase } from '../robot/i18n/localize.ts';
import type { LessonProblem } from './lesson-problem.ts';
import './texts/lesson-phrases.ts';

/*
 * The order of the course. A lesson's number (`order`, the folder's two digits) never
 * changes once students and teachers use it (`mekong run --lesson 4`, grade reports); a
 * lesson added later takes its place in the course with `after` instead of renumbering
 * the others.
 */

/** What the course order reads of a lesson (a whole lesson, or only its manifest). */
export interface Placed {
  id: string;
  /** The lesson's number: the folder's two digits. */
  order: number;
  /** Id of the lesson this one comes right after in the course; absent: by number. */
  after?: string | undefined;
}

/**
 * The lessons in course order: by number, except that a lesson with `after` comes right
 * after the lesson it names (several after the same lesson: by number), followed by the
 * lessons placed after it in turn. A lesson whose `after` names no lesson, or that is in a
 * loop of `after`s, keeps its place by number (courseProblem tells the teacher why).
 */
export function courseOrder<T extends Placed>(lessons: readonly T[]): T[] {
  const byNumber = [...lessons].sort((a, b) => a.order - b.order);
  const ids = new Set(byNumber.map((l) => l.id));
  const followers = new Map<string, T[]>();
  for (const lesson of byNumber) {
    if (lesson.after === undefined || !ids.has(lesson.after)) continue;
    const list = followers.get(lesson.after) ?? [];
    list.push(lesson);
    followers.set(lesson.after, list);
  }
  const placed = new Set<T>();
  const out: T[] = [];
  const visit = (lesson: T) => {
    if (placed.has(lesson)) return;
    placed.add(lesson);
    out.push(lesson);
    for (const next of followers.get(lesson.id) ?? []) visit(next);
  };
  for (const lesson of byNumber) {
    if (lesson.after === undefined || !ids.has(lesson.after)) visit(lesson);
  }
  // Lessons in a loop of `after`s are reached from no lesson placed by number.
  for (const lesson of byNumber) visit(lesson);
  return out;
}

/**
 * Why the course cannot be put in order, as FILE_INVALID naming the lesson.json: an
 * `after` that names no lesson, or a loop of `after`s. Undefined when the course is fine.
 * `unloaded`: ids of lessons whose folder is there but did not load (their own problem is
 * reported; a lesson placed after one of them is not wrong).
 */
export function courseProblem(
  lessons: readonly (Placed & { folder: string })[],
  unloaded: readonly string[] = [],
): MekongError | undefined {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  for (const lesson of [...lessons].sort((a, b) => a.order - b.order)) {
    const file = `lessons/${lesson.folder}/lesson.json`;
    if (lesson.after === undefined) continue;
    if (unloaded.includes(lesson.after)) continue;
    if (!byId.has(lesson.after)) {
      return new MekongError('FILE_INVALID', {
        file,
        path: 'after',
        problem: phrase('afterUnknown', { id: lesson.after }),
        expected: phrase('afterChoice', { ids: [...byId.keys()].join(', ') }),
      });
    }
    const seen = new Set<string>([lesson.id]);
    for (let at = byId.get(lesson.after); at?.after !== undefined; at = byId.get(at.after)) {
      if (seen.has(at.id)) {
        return new MekongError('FILE_INVALID', {
          file,
          path: 'after',
          problem: phrase('afterLoop', { ids: [...seen].join(' → ') }),
          expected: phrase('afterChoice', { ids: [...byId.keys()].join(', ') }),
        });
      }
      seen.add(at.id);
    }
  }
  return undefined;
}

/**
 * The lessons that loaded in course order, for a list that shows what did not load: the
 * course's own problem (courseProblem) is added to `problems`, at the lesson it names. A
 * folder is named NN-<id>: a lesson placed after one that did not load is not wrong.
 */
export function orderLoaded<T extends Placed & { folder: string }>(
  lessons: readonly T[],
  problems: LessonProblem[],
): T[] {
  const unloaded = problems.map((p) => p.folder.slice(3));
  const problem = courseProblem(lessons, unloaded);
  const folder = problem && String(problem.params.file).split('/')[1];
  if (problem && folder) problems.push({ folder, error: problem });
  return courseOrder(lessons);
}
