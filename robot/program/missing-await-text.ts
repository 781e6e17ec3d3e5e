import { defineCatalog } from '../i18n/catalog.ts';
import type { Lang } from '../i18n/lang.ts';
import texts from './missing-await-text.texts.json' with { type: 'json' };

/*
 * What a reader is told about a robot call without `await` (missing-await.ts): the editor's
 * warning, `mekong run`'s, and the hint after an error the missing await may explain.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
const TEXT = texts satisfies Record<string, Record<Lang, string>>;

/** Worded with `say(MISSING_AWAIT_TEXT, key, lang, params)`. */
export const MISSING_AWAIT_TEXT = defineCatalog('robot missing await', TEXT);
