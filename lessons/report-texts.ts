import { defineCatalog, type Entry } from '../robot/i18n/catalog.ts';
import texts from './report-texts.texts.json' with { type: 'json' };

/*
 * Words of the lesson list, the lesson runs and the grade reports, in every language.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
const TEXT = texts satisfies Record<string, Entry>;

export type ReportTextKey = keyof typeof TEXT;

/** The lesson tools' catalog (the registry's generic test checks every language). */
export const REPORT_WORDS = defineCatalog('report words', TEXT);

/** A word or sentence of the lesson tools in `lang`, with exactly its `{params}` filled in. */
export const reportText = REPORT_WORDS.say;
