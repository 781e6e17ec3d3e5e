// Loaded lazily (it brings the lesson schema and every lesson's text): the lessons of
// lessons/NN-<id>/, bundled into the app so they work offline, checked by the same
// parser the CLI and the grader use.

import { type Lesson, parseLesson } from '../../../lessons/lesson-files.ts';
import { isMekongError } from '../../../robot/errors.ts';

const FILES = import.meta.glob('../../../lessons/[0-9][0-9]-*/*.{json,md,ts}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface LessonCatalog {
  lessons: Lesson[];
  /** Lessons that failed to load, with the reason (shown to the teacher, never hidden). */
  problems: string[];
}

export function loadLessonCatalog(): LessonCatalog {
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(FILES)) {
    const parts = path.split('/');
    const file = parts.pop() as string;
    const folder = parts.pop() as string;
    const files = byFolder.get(folder) ?? {};
    files[file] = text;
    byFolder.set(folder, files);
  }
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const [folder, files] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    try {
      lessons.push(parseLesson(folder, files));
    } catch (error) {
      problems.push(
        isMekongError(error)
          ? `${error.message} ${error.suggestion}`
          : `${folder}: ${String(error)}`,
      );
    }
  }
  lessons.sort((a, b) => a.order - b.order);
  return { lessons, problems };
}
