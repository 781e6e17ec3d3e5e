import { defineCatalog, type Slots } from '../../../robot/i18n/catalog.ts';
import texts from './block-ui-text.texts.json' with { type: 'json' };

/*
 * The words of the web app around the block editor: the Blocks/Code switch, the generated
 * code panel, Open as code, download and upload. The block editor's own words (blocks,
 * toolbox, Blockly's menus) are in robot/blocks. Vietnamese and Lao were written by the
 * developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const BLOCK_UI_TEXT = texts;

export const BLOCK_UI_CATALOG = defineCatalog('web app blocks', BLOCK_UI_TEXT);

export type BlockUiKey = keyof typeof BLOCK_UI_TEXT;

/** Keys of the texts without parameters (those a label of the page shows as they are). */
export type PlainBlockUiKey = {
  [K in BlockUiKey]: [Slots<(typeof BLOCK_UI_TEXT)[K]['en']>] extends [never] ? K : never;
}[BlockUiKey];

/** The block editor's interface text `key` in `lang`. */
export const bt = BLOCK_UI_CATALOG.say;
