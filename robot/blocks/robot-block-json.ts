import { localize } from '../i18n/catalog.ts';
import type { Lang } from '../i18n/lang.ts';
import { BLOCK_TEXTS } from './block-texts.ts';
import {
  type BlockInput,
  inputName,
  ROBOT_BLOCKS,
  type RobotBlock,
  type RobotCategory,
} from './robot-blocks.ts';

/*
 * Blockly's side of the robot blocks: their JSON definitions, which name their words by
 * message keys (%{BKY_…}), and the messages of those keys in one language. A language
 * change replaces the messages; the definitions stay.
 */

/** The hue of each robot category (0..360); loops and text take Blockly's own. */
export const CATEGORY_COLOUR: Readonly<Record<RobotCategory, string | number>> = {
  move: 210,
  sensors: 30,
  show: 290,
  loops: '%{BKY_LOOPS_HUE}',
  text: '%{BKY_TEXTS_HUE}',
};

const key = (block: RobotBlock, ...rest: string[]) =>
  ['MEKONG', block.type.toUpperCase(), ...rest].join('_');

/** The message key of choice `value` of input `slot` of `block`. */
function choiceKey(block: RobotBlock, slot: string, value: string): string {
  return key(block, inputName(slot), value.toUpperCase());
}

/** A Blockly argument for one input. */
function argument(block: RobotBlock, input: BlockInput): Record<string, unknown> {
  const name = inputName(input.slot);
  switch (input.kind) {
    case 'number':
      return { type: 'input_value', name, check: 'Number' };
    case 'value':
      return { type: 'input_value', name };
    case 'choice':
      return {
        type: 'field_dropdown',
        name,
        options: input.choices.map((c) => [
          `%{BKY_${choiceKey(block, input.slot, c.value)}}`,
          c.value,
        ]),
      };
  }
}

/** Blockly's JSON definition of every robot block. */
export function robotBlockDefinitions(): Record<string, unknown>[] {
  return ROBOT_BLOCKS.map((block) => {
    const definition: Record<string, unknown> = {
      type: block.type,
      message0: `%{BKY_${key(block)}}`,
      args0: block.inputs.map((input) => argument(block, input)),
      tooltip: `%{BKY_${key(block, 'TIP')}}`,
      colour: CATEGORY_COLOUR[block.category],
      inputsInline: true,
    };
    switch (block.shape) {
      case 'hat':
        definition.nextStatement = null;
        break;
      case 'statement':
        definition.previousStatement = null;
        definition.nextStatement = null;
        break;
      case 'loop':
        definition.message1 = '%{BKY_CONTROLS_REPEAT_INPUT_DO} %1';
        definition.args1 = [{ type: 'input_statement', name: 'DO' }];
        definition.previousStatement = null;
        break;
      case 'number':
        definition.output = 'Number';
        break;
      case 'boolean':
        definition.output = 'Boolean';
        break;
    }
    return definition;
  });
}

/**
 * A block text with its `{slots}` as Blockly's %1, %2… in the order of the block's inputs
 * (a literal % doubled, as Blockly reads it).
 */
export function blocklyMessage(template: string, block: RobotBlock): string {
  const slots = block.inputs.map((input) => input.slot);
  return template.replace(/%/g, '%%').replace(/\{(\w+)\}/g, (whole, slot: string) => {
    const index = slots.indexOf(slot);
    return index < 0 ? whole : `%${index + 1}`;
  });
}

/** The messages of the robot blocks in `lang`, by Blockly message key. */
export function robotBlockMessages(lang: Lang): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const block of ROBOT_BLOCKS) {
    messages[key(block)] = blocklyMessage(BLOCK_TEXTS.texts[block.text][lang], block);
    messages[key(block, 'TIP')] = BLOCK_TEXTS.texts[block.tip][lang];
    for (const input of block.inputs) {
      if (input.kind !== 'choice') continue;
      for (const choice of input.choices)
        messages[choiceKey(block, input.slot, choice.value)] = choice.label(lang);
    }
  }
  return messages;
}

/** What a robot block says in `lang` with `values` in its slots (the generated code's comment). */
export function robotBlockText(
  block: RobotBlock,
  values: Readonly<Record<string, string>>,
  lang: Lang,
): string {
  return localize(BLOCK_TEXTS.texts[block.text][lang], values, lang);
}
