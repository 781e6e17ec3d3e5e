/** How a block program's file name ends (Blockly's JSON serialization of a workspace). */
export const BLOCKS_EXTENSION = '.blocks.json';

/** Whether `file` is a block program, by its name. Imports no Blockly: cheap to ask. */
export function isBlocksFile(file: string): boolean {
  return file.toLowerCase().endsWith(BLOCKS_EXTENSION);
}
