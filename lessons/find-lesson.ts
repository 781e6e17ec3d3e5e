import { MekongError } from '../robot/errors.ts';
import { phrase } from '../robot/i18n/localize.ts';
import type { Lesson } from './lesson-files.ts';
import './texts/lesson-phrases.ts';

/**
 * The lesson a teacher or student names: by id ("stop-at-wall"), folder
 * ("04-stop-at-wall") or number ("4"). BAD_OPTION lists the choices otherwise.
 */
export function findLesson(lessons: readonly Lesson[], query: string): Lesson {
  const wanted = query.trim().toLowerCase();
  const number = /^\d+$/.test(wanted) ? Number(wanted) : undefined;
  const found = lessons.find(
    (l) => l.id === wanted || l.folder === wanted || (number !== undefined && l.order === number),
  );
  if (found) return found;
  throw new MekongError('BAD_OPTION', {
    option: '<lesson>',
    value: query,
    expected: phrase('lessonChoice', {
      lessons: lessons.map((l) => `${l.order} ${l.id}`).join(', '),
    }),
  });
}
