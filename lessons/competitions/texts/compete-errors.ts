import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import texts from './compete-errors.texts.json' with { type: 'json' };

/*
 * Errors of the competitions layer, in every language. Vietnamese and Lao were written by
 * the developers and want review by a native teacher.
 */
export const COMPETE_ERRORS = defineCatalog('compete errors', texts, 'errors');

declare module '../../../robot/i18n/catalog.ts' {
  interface ErrorTable extends CompeteErrorTable {}
}
type CompeteErrorTable = typeof COMPETE_ERRORS.texts;
