import { isMekongError } from '../robot/errors.ts';
import type { Lang } from '../robot/i18n/lang.ts';

/** A lesson folder that did not load, and why. */
export interface LessonProblem {
  folder: string;
  error: unknown;
}

/** What went wrong with a lesson folder, in `lang`: the error's message and what to do. */
export function lessonProblemText({ folder, error }: LessonProblem, lang: Lang): string {
  if (isMekongError(error)) {
    const { message, suggestion } = error.text(lang);
    return `${message} ${suggestion}`;
  }
  return `${folder}: ${error instanceof Error ? error.message : String(error)}`;
}
