/// <reference types="vite/client" />
import '../no-eval.ts';
import { orderLoaded } from '../../../lessons/course-order.ts';
import { type Lesson, parseLesson, parseLessonManifest } from '../../../lessons/lesson-files.ts';
import type { LessonProblem } from '../../../lessons/lesson-problem.ts';
import { LESSON_RUN_SEED, worldForSeed } from '../../../lessons/run-policy.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { WorldSpec } from '../../world/world-schema.ts';

/*
 * The builtin lessons for the web app, a lazy chunk: every lesson's manifest (enough for
 * the list in course order), and each lesson's other files (texts, worlds, programs) in a chunk of its own
 * (vite.config.ts names them `lesson-NN-<id>`), fetched when the lesson is opened. The
 * same parser as in Node checks them (lessons/lesson-files.ts).
 */
const MANIFESTS = import.meta.glob('../../../lessons/[0-9][0-9]-*/lesson.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const OTHER_FILES = import.meta.glob(
  [
    '../../../lessons/[0-9][0-9]-*/*.json',
    '!../../../lessons/[0-9][0-9]-*/lesson.json',
    '../../../lessons/[0-9][0-9]-*/*.md',
    '../../../lessons/[0-9][0-9]-*/*.ts',
  ],
  { query: '?raw', import: 'default' },
) as Record<string, () => Promise<string>>;

/** `../../../lessons/01-hello-robot/en.md` → ['01-hello-robot', 'en.md']. */
function folderAndName(path: string): [string, string] {
  const parts = path.split('/');
  return [parts.at(-2) ?? '', parts.at(-1) ?? ''];
}

/** A lesson as the list shows it, before it is opened. */
export interface LessonEntry {
  id: string;
  order: number;
  folder: string;
  title: Record<Lang, string>;
  /** The lesson it comes right after in the course (lessons/course-order.ts). */
  after: string | undefined;
}

export interface LessonList {
  /** The lessons whose manifest loads, in course order. */
  entries: LessonEntry[];
  /** Lessons whose manifest does not (shown to the teacher, never hidden), in folder order. */
  problems: LessonProblem[];
}

export function lessonList(): LessonList {
  const entries: LessonEntry[] = [];
  const problems: LessonProblem[] = [];
  const manifests = Object.entries(MANIFESTS).map(([path, text]) => {
    const [folder] = folderAndName(path);
    return [folder, text] as const;
  });
  for (const [folder, text] of manifests.sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const { id, order, title, after } = parseLessonManifest(folder, { 'lesson.json': text });
      entries.push({ id, order, folder, title, after });
    } catch (error) {
      problems.push({ folder, error });
    }
  }
  return { entries: orderLoaded(entries, problems), problems };
}

/** The seed of the run a check shows, for the hand-in review (which loads after this chunk). */
export const CHECK_RUN_SEED: number = LESSON_RUN_SEED;

/** The world "Check my mission" shows for `lesson`: the one of the grader's first run. */
export function checkedWorld(lesson: Lesson): WorldSpec {
  return worldForSeed(lesson, LESSON_RUN_SEED).world;
}

/** Fetches the files of the lesson in `folder` (one chunk) and checks them. */
export async function loadLesson(folder: string): Promise<Lesson> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(MANIFESTS)) {
    const [at, name] = folderAndName(path);
    if (at === folder) files[name] = text;
  }
  const loads = Object.entries(OTHER_FILES)
    .filter(([path]) => folderAndName(path)[0] === folder)
    .map(async ([path, load]) => {
      files[folderAndName(path)[1]] = await load();
    });
  await Promise.all(loads);
  return parseLesson(folder, files);
}
