import { defineCatalog } from '../i18n/catalog.ts';
import errorsTexts from './blocks-errors.errors.texts.json' with { type: 'json' };
import phrasesTexts from './blocks-errors.phrases.texts.json' with { type: 'json' };

/*
 * What goes wrong when a block program (`.blocks.json`, Blockly's JSON serialization) is
 * opened: the error, and the phrases that say why. Vietnamese and Lao were written by the
 * developers and want review by a native teacher.
 */
export const BLOCKS_ERRORS = defineCatalog('block errors', errorsTexts, 'errors');

export const BLOCKS_PHRASES = defineCatalog('block phrases', phrasesTexts, 'phrases');

declare module '../i18n/catalog.ts' {
  interface ErrorTable extends BlocksErrorTable {}
  interface PhraseTable extends BlocksPhraseTable {}
}
type BlocksErrorTable = typeof BLOCKS_ERRORS.texts;
type BlocksPhraseTable = typeof BLOCKS_PHRASES.texts;
