import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import texts from './compete-phrases.texts.json' with { type: 'json' };

/*
 * Phrases of the competitions layer: the {problem} and {expected} of a format folder or a
 * replay file that does not load, and of a program whose kit the format does not allow.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const COMPETE_PHRASES = defineCatalog('compete phrases', texts, 'phrases');

declare module '../../../robot/i18n/catalog.ts' {
  interface PhraseTable extends CompetePhraseTable {}
}
type CompetePhraseTable = typeof COMPETE_PHRASES.texts;
