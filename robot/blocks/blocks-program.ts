import * as Blockly from 'blockly';
import { MekongError } from '../errors.ts';
import type { Lang } from '../i18n/lang.ts';
import { phrase } from '../i18n/localize.ts';
import './blocks-errors.ts';
import { robotBlockDefinitions, robotBlockMessages } from './robot-block-json.ts';
import { type GeneratedProgram, TypeScriptGenerator } from './ts-generator.ts';

/** Blockly's JSON serialization of a workspace: what a `.blocks.json` file holds. */
export type BlocksState = { blocks?: unknown; variables?: unknown } & Record<string, unknown>;

let defined = false;

/** Registers the robot blocks with Blockly (once) and puts their words in `lang`. */
export function useRobotBlocks(lang: Lang): void {
  if (!defined) {
    Blockly.common.defineBlocksWithJsonArray(robotBlockDefinitions());
    defined = true;
  }
  Blockly.setLocale(robotBlockMessages(lang));
}

/** The workspace state in `text` (a `.blocks.json` file's content); BLOCKS_INVALID otherwise. */
export function parseBlocksState(text: string, file: string): BlocksState {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new MekongError('BLOCKS_INVALID', { file, detail: phrase('blocksNotJson', { detail }) });
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state) || !('blocks' in state))
    throw new MekongError('BLOCKS_INVALID', { file, detail: phrase('blocksNoWorkspace') });
  return state as BlocksState;
}

/** A block's state as far as its type and the blocks it holds (inputs, next). */
interface BlockShape {
  type?: unknown;
  inputs?: Record<string, { block?: BlockShape; shadow?: BlockShape } | undefined>;
  next?: { block?: BlockShape };
}

/** The first block type in `blocks` (and the blocks they hold) that Blockly does not know. */
function unknownType(blocks: readonly BlockShape[]): string | undefined {
  for (const block of blocks) {
    if (typeof block !== 'object' || block === null) continue;
    if (typeof block.type === 'string' && !Blockly.Blocks[block.type]) return block.type;
    const held = [
      ...Object.values(block.inputs ?? {}).flatMap((i) => [i?.block, i?.shadow]),
      block.next?.block,
    ].filter((b): b is BlockShape => b !== undefined);
    const found = unknownType(held);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Loads `state` into `workspace` (replacing what it held); BLOCKS_INVALID naming `file`
 * when it holds a block Mekong does not know or blocks Blockly cannot put together.
 */
export function loadBlocks(workspace: Blockly.Workspace, state: BlocksState, file: string): void {
  const blocks = (state.blocks as { blocks?: unknown } | undefined)?.blocks;
  const unknown = unknownType(Array.isArray(blocks) ? blocks : []);
  if (unknown !== undefined)
    throw new MekongError('BLOCKS_INVALID', {
      file,
      detail: phrase('blocksUnknownBlock', { type: unknown }),
    });
  try {
    Blockly.serialization.workspaces.load(state, workspace);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new MekongError('BLOCKS_INVALID', {
      file,
      detail: phrase('blocksUnreadable', { detail }),
    });
  }
}

/**
 * The TypeScript of the block program in `text` (the content of `file`), with its comments
 * in `lang`: what the web app shows and runs for the same blocks. Runs without a page
 * (Blockly's headless workspace), so `mekong run` and `mekong grade` take block programs.
 */
export function blocksToTypeScript(text: string, file: string, lang: Lang): GeneratedProgram {
  useRobotBlocks(lang);
  const state = parseBlocksState(text, file);
  const workspace = new Blockly.Workspace();
  try {
    loadBlocks(workspace, state, file);
    return new TypeScriptGenerator().generate(workspace, lang);
  } finally {
    workspace.dispose();
  }
}
