import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './hub-errors.texts.json' with { type: 'json' };

/*
 * Errors of the classroom hub, answered to the page (students, the teacher) in the reader's
 * language. Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
export const HUB_ERRORS = defineCatalog('classroom hub errors', texts, 'errors');

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends HubErrorTable {}
}
type HubErrorTable = typeof HUB_ERRORS.texts;
