/// <reference types="vite/client" />
import { type Lesson, parseLesson } from './lesson-files.ts';

/*
 * The builtin lessons for the browser: Vite bundles every file of every lesson folder as
 * text (import.meta.glob), and the same parser as in Node checks them. Browser-only (and
 * vitest, which runs on Vite); Node code uses lessons/node/load-lessons.ts.
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

/** Every builtin lesson, checked, in course order. */
export function bundledLessons(): Lesson[] {
  return Object.entries(bundledLessonFiles())
    .map(([folder, files]) => parseLesson(folder, files))
    .sort((a, b) => a.order - b.order);
}
