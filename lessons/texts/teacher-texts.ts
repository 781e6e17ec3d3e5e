import { defineCatalog } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';
import type { LessonManifest } from '../lesson-schema.ts';
import texts from './teacher-texts.texts.json' with { type: 'json' };

/*
 * The words around the notes for teachers (the CLI, the web app's teacher view and the grade
 * report show them). Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
export const TEACHER_WORDS = defineCatalog('teacher words', texts);

/** The translations a lesson's manifest marks as awaiting review. */
const REVIEWED_LANGS = ['vi', 'lo'] as const;
const LANG_NAME = { vi: 'langVi', lo: 'langLo' } as const;

/** Which translations of a lesson await review by a native-speaking teacher, in `lang`. */
export function reviewLine(review: LessonManifest['review'], lang: Lang): string {
  const drafts = REVIEWED_LANGS.filter((l) => review[l] === 'draft');
  if (drafts.length === 0) return say(TEACHER_WORDS, 'allReviewed', lang);
  const langs = drafts.map((l) => say(TEACHER_WORDS, LANG_NAME[l], lang));
  return say(TEACHER_WORDS, 'awaitingReview', lang, { langs });
}
