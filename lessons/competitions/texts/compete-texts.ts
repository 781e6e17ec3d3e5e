import { defineCatalog, type Entry } from '../../../robot/i18n/catalog.ts';
import texts from './compete-texts.texts.json' with { type: 'json' };

/*
 * Words of competitions: standings, progress, reports, replay verification and the replay
 * viewer, in every language. Vietnamese and Lao were written by the developers and want
 * review by a native teacher. The words are in compete-texts.texts.json; those of the replay
 * viewer start at openReplays.
 */
const TEXT = texts satisfies Record<string, Entry>;

/** The competitions' catalog (the registry's generic test checks every language). */
export const COMPETE_TEXT = defineCatalog('compete words', TEXT);

export type CompeteTextKey = keyof typeof TEXT;

/** The words for `key` in `lang`, with exactly its `{params}` filled in. */
export const competeText = COMPETE_TEXT.say;
