import { defineCatalog } from '../i18n/catalog.ts';
import texts from './block-texts.texts.json' with { type: 'json' };

/*
 * The words of the robot blocks, their tooltips and the toolbox's categories, in English,
 * Vietnamese and Lao. A block's text keeps its inputs as `{name}` slots (the compiler checks
 * that every language has the same ones); robot-blocks.ts turns them into Blockly's %1, %2
 * in the order of the block's inputs, so a language may put them in any order. The same
 * words, with the inputs' code in the slots, are the comments of the generated TypeScript.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const BLOCK_TEXTS = defineCatalog('block words', texts);

export type BlockTextKey = keyof typeof BLOCK_TEXTS.texts;
