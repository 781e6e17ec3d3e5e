import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './lesson-phrases.texts.json' with { type: 'json' };

/*
 * Phrases of the lessons layer, for a lesson folder that does not load: the {problem} after a
 * field's path ("checks[1].area names the zone …") and the {expected} fix of FILE_INVALID.
 * Teachers who add lessons read them in their language; file names, field names and JSON
 * stay as they are written in the files. The words are in lesson-phrases.texts.json, in
 * groups: the lesson choice and lesson.json fields (from lessonChoice), the course order,
 * "after" in lesson.json (from afterUnknown), lesson.json (from folderMismatch), en.md, vi.md,
 * lo.md (from isMissing), notes for teachers, teacher/en.md, ... (from minutesMissing).
 */
export const LESSON_PHRASES = defineCatalog('lesson phrases', texts, 'phrases');

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends LessonPhraseTable {}
}
type LessonPhraseTable = typeof LESSON_PHRASES.texts;
