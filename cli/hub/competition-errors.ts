import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './competition-errors.texts.json' with { type: 'json' };

/*
 * Errors of the hub's competitions, answered to the page in the reader's language.
 * Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
export const COMPETITION_ERRORS = defineCatalog(
  'classroom hub competition errors',
  texts,
  'errors',
);

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends CompetitionErrorTable {}
}
type CompetitionErrorTable = typeof COMPETITION_ERRORS.texts;

/** HTTP status of each competition error. */
export const COMPETITION_STATUS: Record<string, number> = {
  HUB_UNKNOWN_FORMAT: 404,
  HUB_UNKNOWN_COMPETITION: 404,
  HUB_TOO_FEW_ENTRIES: 409,
  HUB_ROUND_RUNNING: 409,
};
