import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { courseOrder, courseProblem } from '../../lessons/course-order.ts';
import { type Lesson, parseLesson } from '../../lessons/lesson-files.ts';
import {
  type CourseNotes,
  parseCourseNotes,
  parseTeacherNotes,
  type TeacherNotes,
  teacherNotesFile,
} from '../../lessons/teacher-notes.ts';
import { MekongError } from '../../robot/errors.ts';
import { LANGS, type Lang } from '../../robot/i18n/lang.ts';
import { phrase } from '../../robot/i18n/localize.ts';

/** The folder of the builtin lessons. */
export const BUILTIN_LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));

/** A lesson folder: two digits, a dash, the id (`04-stop-at-wall`). */
export const LESSON_FOLDER = /^\d\d-[a-z][a-z0-9-]*$/;

/** The lesson folders in `dir`, sorted (by lesson number). */
export async function lessonFolders(dir: string = BUILTIN_LESSONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && LESSON_FOLDER.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Reads every text file of one lesson folder, by name. */
export async function readLessonFiles(
  folder: string,
  dir: string = BUILTIN_LESSONS_DIR,
): Promise<Record<string, string>> {
  const path = `${dir}/${folder}`;
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(json|md|ts|js)$/.test(e.name))
    .map((e) => e.name);
  const files: Record<string, string> = {};
  await Promise.all(
    names.map(async (name) => {
      files[name] = await readFile(`${path}/${name}`, 'utf8');
    }),
  );
  return files;
}

/** Reads and checks one lesson folder. */
export async function loadLesson(
  folder: string,
  dir: string = BUILTIN_LESSONS_DIR,
): Promise<Lesson> {
  return parseLesson(folder, await readLessonFiles(folder, dir));
}

/**
 * Every lesson in `dir`, in course order (lessons/course-order.ts). A malformed lesson
 * throws its FILE_INVALID error (naming the file and field): a course with a broken lesson
 * is not served.
 */
export async function loadLessons(dir: string = BUILTIN_LESSONS_DIR): Promise<Lesson[]> {
  const folders = await lessonFolders(dir);
  const lessons = await Promise.all(folders.map((folder) => loadLesson(folder, dir)));
  const problem = courseProblem(lessons);
  if (problem) throw problem;
  return courseOrder(lessons);
}

/** Reads `lessons/<folder>/teacher/<lang>.md` (or the course's), FILE_UNREADABLE if missing. */
async function readNotes(lang: Lang, dir: string, folder?: string): Promise<string> {
  const path =
    folder === undefined ? `${dir}/teacher/${lang}.md` : `${dir}/${folder}/teacher/${lang}.md`;
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new MekongError('FILE_UNREADABLE', {
      file: teacherNotesFile(lang, folder),
      detail: phrase('noSuchFile'),
      format: 'Markdown',
    });
  }
}

/** The notes for teachers of lesson folder `folder`, in every language (teacher-notes.ts). */
export async function loadTeacherNotes(
  folder: string,
  dir: string = BUILTIN_LESSONS_DIR,
): Promise<Record<Lang, TeacherNotes>> {
  const notes = {} as Record<Lang, TeacherNotes>;
  for (const lang of LANGS) {
    notes[lang] = parseTeacherNotes(
      await readNotes(lang, dir, folder),
      lang,
      teacherNotesFile(lang, folder),
    );
  }
  return notes;
}

/** The course's notes for teachers, in every language. */
export async function loadCourseNotes(
  dir: string = BUILTIN_LESSONS_DIR,
): Promise<Record<Lang, CourseNotes>> {
  const notes = {} as Record<Lang, CourseNotes>;
  for (const lang of LANGS) {
    notes[lang] = parseCourseNotes(await readNotes(lang, dir), lang, teacherNotesFile(lang));
  }
  return notes;
}
