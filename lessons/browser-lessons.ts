/// <reference types="vite/client" />
import { orderLoaded } from './course-order.ts';
import { type Lesson, parseLesson } from './lesson-files.ts';
import type { LessonProblem } from './lesson-problem.ts';

/*
 * The builtin lessons for the browser: Vite bundles every file of every lesson folder as
 * text (import.meta.glob), and the same parser as in Node checks them. Browser-only (and
 * vitest, which runs on Vite); Node code uses cli/runtime/load-lessons.ts. The web app
 * imports this lazily: it brings the lesson schema and every lesson's text.
 */
const FILES = import.meta.glob(
  ['./[0-9][0-9]-*/*.json', './[0-9][0-9]-*/*.md', './[0-9][0-9]-*/*.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

/** The lesson files bundled, grouped by folder: `{ '04-stop-at-wall': { 'lesson.json': ... } }`. */
export function bundledLessonFiles(): Record<string, Record<string, string>> {
  const folders: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(FILES)) {
    const [, folder, name] = path.split('/');
    if (folder === undefined || name === undefined) continue;
    folders[folder] ??= {};
    folders[folder][name] = text;
  }
  return folders;
}

export interface LessonCatalog {
  /** The lessons that loaded, in course order. */
  lessons: Lesson[];
  /** Lessons that failed to load (shown to the teacher, never hidden), in folder order. */
  problems: LessonProblem[];
}

/** Every builtin lesson that loads, and the folders that do not. */
export function bundledLessonCatalog(
  files: Record<string, Record<string, string>> = bundledLessonFiles(),
): LessonCatalog {
  const lessons: Lesson[] = [];
  const problems: LessonProblem[] = [];
  for (const [folder, texts] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    try {
      lessons.push(parseLesson(folder, texts));
    } catch (error) {
      problems.push({ folder, error });
    }
  }
  return { lessons: orderLoaded(lessons, problems), problems };
}

/** Every builtin lesson, checked, in course order; throws at the first that does not load. */
export function bundledLessons(): Lesson[] {
  const { lessons, problems } = bundledLessonCatalog();
  if (problems[0]) throw problems[0].error;
  return lessons;
}
