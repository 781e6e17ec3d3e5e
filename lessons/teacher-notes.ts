import { MekongError } from '../robot/errors.ts';
import { defineCatalog } from '../robot/i18n/catalog.ts';
import type { Lang } from '../robot/i18n/lang.ts';
import { phrase } from '../robot/i18n/localize.ts';
import { parseSections } from './lesson-text.ts';
import { markdownToHtml } from './markdown.ts';
import './texts/lesson-phrases.ts';
import courseSectionsTexts from './teacher-notes.course-sections.texts.json' with { type: 'json' };
import teacherSectionsTexts from './teacher-notes.teacher-sections.texts.json' with {
  type: 'json',
};

/*
 * Notes for teachers, apart from what students read: one per lesson
 * (lessons/NN-<id>/teacher/en.md, vi.md, lo.md) and one for the course
 * (lessons/teacher/en.md, ...). Students never see them; `mekong lessons --teacher`, the
 * web app's teacher view and the grade report do.
 */

/** The sections of a lesson's notes for teachers, in this order, with their headings. */
export const TEACHER_SECTION_TITLES = teacherSectionsTexts satisfies Record<
  string,
  Record<Lang, string>
>;

export type TeacherSectionKey = keyof typeof TEACHER_SECTION_TITLES;

/** The sections of the course's notes for teachers. */
export const COURSE_SECTION_TITLES = courseSectionsTexts satisfies Record<
  string,
  Record<Lang, string>
>;

export type CourseSectionKey = keyof typeof COURSE_SECTION_TITLES;

/** The headings in the registry (the catalogs test checks every language). */
export const TEACHER_HEADINGS = [
  defineCatalog('teacher note sections', TEACHER_SECTION_TITLES),
  defineCatalog('course note sections', COURSE_SECTION_TITLES),
] as const;

/** A lesson's notes for teachers in one language. */
export interface TeacherNotes {
  /** The `# ` heading. */
  title: string;
  /** Class time in minutes: the number the "Class time" section starts with. */
  minutes: number;
  /** Markdown of each section, without its heading. */
  sections: Record<TeacherSectionKey, string>;
}

/** The course's notes for teachers in one language. */
export interface CourseNotes {
  title: string;
  sections: Record<CourseSectionKey, string>;
}

/** The three levels of every rubric, in order. */
export const RUBRIC_LEVELS = 3;

/**
 * Reads a lesson's notes for teachers in `lang`: the sections of TEACHER_SECTION_TITLES in
 * order; "Class time" starts with the minutes (e.g. "**45 minutes**: ..."), "Rubric" is a
 * list of exactly three levels. Anything else is FILE_INVALID naming `file`.
 */
export function parseTeacherNotes(markdown: string, lang: Lang, file: string): TeacherNotes {
  const { title, sections } = parseSections(markdown, lang, file, TEACHER_SECTION_TITLES);
  const heading = (key: TeacherSectionKey) => `"## ${TEACHER_SECTION_TITLES[key][lang]}"`;
  const minutes = Number(sections.time.match(/^\D{0,4}(\d+)/)?.[1]);
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new MekongError('FILE_INVALID', {
      file,
      path: heading('time'),
      problem: phrase('minutesMissing'),
      expected: phrase('minutesFirst'),
    });
  }
  const levels = sections.rubric.split('\n').filter((line) => /^[-*] /.test(line)).length;
  if (levels !== RUBRIC_LEVELS) {
    throw new MekongError('FILE_INVALID', {
      file,
      path: heading('rubric'),
      problem: phrase('rubricLevels', { count: levels }),
      expected: phrase('rubricThree'),
    });
  }
  return { title, minutes, sections };
}

/** Reads the course's notes for teachers in `lang` (FILE_INVALID naming `file` if malformed). */
export function parseCourseNotes(markdown: string, lang: Lang, file: string): CourseNotes {
  return parseSections(markdown, lang, file, COURSE_SECTION_TITLES);
}

/** Where the notes of lesson folder `folder` (or of the course) live: `teacher/<lang>.md`. */
export function teacherNotesFile(lang: Lang, folder?: string): string {
  return folder === undefined
    ? `lessons/teacher/${lang}.md`
    : `lessons/${folder}/teacher/${lang}.md`;
}

/** One row of the pacing plan: a lesson and the week it is taught in. */
export interface PacingRow {
  /** 1-based week of the course. */
  week: number;
  order: number;
  id: string;
  minutes: number;
  /** Class periods the lesson takes. */
  periods: number;
}

/** Length of one class period, minutes (a school period in Vietnam and Laos). */
export const PERIOD_MINUTES = 45;
/** Robotics periods a week the plan assumes. */
export const PERIODS_PER_WEEK = 2;

/**
 * The pacing plan: the lessons in course order, each taking whole periods of
 * PERIOD_MINUTES, PERIODS_PER_WEEK a week; a lesson starts in the week its first period
 * falls in.
 */
export function pacingPlan(
  lessons: readonly { order: number; id: string; minutes: number }[],
): PacingRow[] {
  let period = 0;
  return lessons.map((lesson) => {
    const periods = Math.max(1, Math.ceil(lesson.minutes / PERIOD_MINUTES));
    const week = Math.floor(period / PERIODS_PER_WEEK) + 1;
    period += periods;
    return { week, order: lesson.order, id: lesson.id, minutes: lesson.minutes, periods };
  });
}

/** `text` as HTML text. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A lesson's notes for teachers as HTML (the web app's teacher view and the grade report):
 * each section under an `<h{level}>` heading in `lang`, its Markdown as HTML (markdown.ts
 * escapes everything). The notes' own title is left to the caller.
 */
export function teacherNotesHtml(notes: TeacherNotes, lang: Lang, level = 3): string {
  return (Object.keys(TEACHER_SECTION_TITLES) as TeacherSectionKey[])
    .map(
      (key) =>
        `<section class="notes-${key}"><h${level}>${escapeText(TEACHER_SECTION_TITLES[key][lang])}</h${level}>${markdownToHtml(notes.sections[key])}</section>`,
    )
    .join('\n');
}
