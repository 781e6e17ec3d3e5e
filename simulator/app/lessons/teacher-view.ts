import {
  courseNotesIn,
  foldersWithNotes,
  teacherNotesOf,
} from '../../../lessons/browser-teacher-notes.ts';
import type { Lesson } from '../../../lessons/lesson-files.ts';
import { markdownToHtml } from '../../../lessons/markdown.ts';
import {
  COURSE_SECTION_TITLES,
  type CourseSectionKey,
  PERIOD_MINUTES,
  PERIODS_PER_WEEK,
  pacingPlan,
  teacherNotesHtml,
} from '../../../lessons/teacher-notes.ts';
import { reviewLine, TEACHER_WORDS } from '../../../lessons/texts/teacher-texts.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { say } from '../../../robot/i18n/localize.ts';
import type { LessonEntry } from './lesson-library.ts';

/*
 * The teacher view (a lazy chunk, loaded when a teacher opens it): the open lesson's notes
 * for teachers, then the course's notes with the pacing plan. Students' pages never load
 * it; the notes themselves come in chunks of their own (browser-teacher-notes.ts).
 */

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The open lesson's notes for teachers, or nothing when it has none. */
async function lessonNotes(lesson: Lesson, lang: Lang): Promise<string> {
  const notes = await teacherNotesOf(lesson.folder, lang);
  if (!notes) return '';
  const heading = say(TEACHER_WORDS, 'notesFor', lang, { n: lesson.order });
  const minutes = say(TEACHER_WORDS, 'minutes', lang, { count: notes.minutes });
  return `<section class="teacher-lesson" data-lesson="${escapeText(lesson.id)}">
<h2>${escapeText(heading)}</h2>
<p class="hint">${escapeText(notes.title)} · ${escapeText(minutes)}</p>
<p class="review">${escapeText(reviewLine(lesson.review, lang))}</p>
${teacherNotesHtml(notes, lang)}
</section>`;
}

/** The pacing plan: every lesson of the list in course order, its week and class time. */
async function pacingTable(entries: readonly LessonEntry[], lang: Lang): Promise<string> {
  const withNotes = new Set(foldersWithNotes());
  const listed = entries.filter((e) => withNotes.has(e.folder));
  const minutes = await Promise.all(
    listed.map(async (e) => (await teacherNotesOf(e.folder, lang))?.minutes ?? PERIOD_MINUTES),
  );
  const plan = pacingPlan(listed.map((e, i) => ({ ...e, minutes: minutes[i] ?? PERIOD_MINUTES })));
  const head = [
    say(TEACHER_WORDS, 'week', lang),
    say(TEACHER_WORDS, 'lesson', lang),
    say(TEACHER_WORDS, 'classTime', lang),
  ]
    .map((h) => `<th>${escapeText(h)}</th>`)
    .join('');
  const rows = plan.map((row, i) => {
    const title = `${row.order}. ${listed[i]?.title[lang] ?? row.id}`;
    const time = say(TEACHER_WORDS, 'minutes', lang, { count: row.minutes });
    return `<tr><td>${row.week}</td><td>${escapeText(title)}</td><td>${escapeText(time)}</td></tr>`;
  });
  const weeks = plan.at(-1)?.week ?? 0;
  const note = say(TEACHER_WORDS, 'pacingNote', lang, {
    minutes: PERIOD_MINUTES,
    perWeek: PERIODS_PER_WEEK,
    weeks,
  });
  return `<table class="pacing"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="hint">${escapeText(note)} ${escapeText(say(TEACHER_WORDS, 'courseOrder', lang))}</p>`;
}

/** The course's notes for teachers, the pacing plan's table in its section. */
async function courseNotes(entries: readonly LessonEntry[], lang: Lang): Promise<string> {
  const course = await courseNotesIn(lang);
  if (!course) return '';
  const sections = (Object.keys(COURSE_SECTION_TITLES) as CourseSectionKey[]).map(async (key) => {
    const table = key === 'pacing' ? await pacingTable(entries, lang) : '';
    return `<section class="course-${key}"><h3>${escapeText(COURSE_SECTION_TITLES[key][lang])}</h3>${markdownToHtml(course.sections[key])}${table}</section>`;
  });
  return `<section class="teacher-course"><h2>${escapeText(course.title)}</h2>
${(await Promise.all(sections)).join('\n')}
<p class="hint">${escapeText(say(TEACHER_WORDS, 'howToReview', lang))}</p>
</section>`;
}

/**
 * Fills `target` with the notes for teachers in `lang`: `lesson`'s (the open lesson, if
 * any), then the course's.
 */
export async function renderTeacherView(
  target: HTMLElement,
  lesson: Lesson | undefined,
  entries: readonly LessonEntry[],
  lang: Lang,
): Promise<void> {
  const [forLesson, forCourse] = await Promise.all([
    lesson ? lessonNotes(lesson, lang) : Promise.resolve(''),
    courseNotes(entries, lang),
  ]);
  target.innerHTML = forLesson + forCourse;
}
