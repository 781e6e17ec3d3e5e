/**
 * Block programs: the robot blocks, Blockly's words in en/vi/lo, the toolbox, and the
 * TypeScript a block program stands for. Imports Blockly: load it only where blocks are used
 * (the web app's block editor, `mekong run`/`grade` given a `.blocks.json`).
 */
export { blocklyMessages, useBlockLanguage } from './block-locale.ts';
export { BLOCK_TEXTS, type BlockTextKey } from './block-texts.ts';
export { BLOCKS_ERRORS, BLOCKS_PHRASES } from './blocks-errors.ts';
export { BLOCKS_EXTENSION, isBlocksFile } from './blocks-file.ts';
export {
  type BlocksState,
  blocksToTypeScript,
  loadBlocks,
  parseBlocksState,
  useRobotBlocks,
} from './blocks-program.ts';
export { robotBlockDefinitions, robotBlockMessages } from './robot-block-json.ts';
export { ROBOT_BLOCKS, type RobotBlock, robotBlock } from './robot-blocks.ts';
export {
  blocksToolbox,
  KIT_LACKS_PART,
  kitCanRun,
  TOOLBOX_BLOCK_TYPES,
  toolboxBlockState,
} from './toolbox.ts';
export { type GeneratedProgram, START_BLOCK, TypeScriptGenerator } from './ts-generator.ts';
