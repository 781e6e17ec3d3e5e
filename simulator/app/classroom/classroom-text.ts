import { defineCatalog, type Entry } from '../../../robot/i18n/catalog.ts';
import texts from './classroom-text.texts.json' with { type: 'json' };

/*
 * The words of the hand-in panel (the classroom hub, `mekong start --host`). Vietnamese and
 * Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
const TEXTS = texts satisfies Record<string, Entry>;

const CLASSROOM_CATALOG = defineCatalog('web app classroom', TEXTS);

/** A text of the hand-in panel in `lang`. */
export const ct = CLASSROOM_CATALOG.say;
