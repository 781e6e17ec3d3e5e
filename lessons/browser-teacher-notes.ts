/// <reference types="vite/client" />
import type { Lang } from '../robot/i18n/lang.ts';
import {
  type CourseNotes,
  parseCourseNotes,
  parseTeacherNotes,
  type TeacherNotes,
  teacherNotesFile,
} from './teacher-notes.ts';

/*
 * The notes for teachers for the browser: each file is its own lazy chunk (import.meta.glob
 * without eager), fetched when the teacher view opens, never with the students' page.
 * Node code uses cli/runtime/load-lessons.ts.
 */
const FILES = import.meta.glob(['./[0-9][0-9]-*/teacher/*.md', './teacher/*.md'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

async function read(path: string): Promise<string | undefined> {
  const load = FILES[path];
  return load ? await load() : undefined;
}

/** Lesson folder `folder`'s notes for teachers in `lang`; undefined when it has none. */
export async function teacherNotesOf(
  folder: string,
  lang: Lang,
): Promise<TeacherNotes | undefined> {
  const text = await read(`./${folder}/teacher/${lang}.md`);
  return text === undefined
    ? undefined
    : parseTeacherNotes(text, lang, teacherNotesFile(lang, folder));
}

/** The course's notes for teachers in `lang`. */
export async function courseNotesIn(lang: Lang): Promise<CourseNotes | undefined> {
  const text = await read(`./teacher/${lang}.md`);
  return text === undefined ? undefined : parseCourseNotes(text, lang, teacherNotesFile(lang));
}

/** The lesson folders that have notes for teachers (in some language). */
export function foldersWithNotes(): string[] {
  const folders = Object.keys(FILES).flatMap((path) => {
    const match = path.match(/^\.\/(\d\d-[^/]+)\/teacher\//);
    return match?.[1] ? [match[1]] : [];
  });
  return [...new Set(folders)].sort();
}
