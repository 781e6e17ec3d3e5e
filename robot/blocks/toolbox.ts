import { kitHasPart } from '../check-args.ts';
import type { Lang } from '../i18n/lang.ts';
import { say } from '../i18n/localize.ts';
import type { Kit } from '../kits/kit-schema.ts';
import { BLOCK_TEXTS, type BlockTextKey } from './block-texts.ts';
import { CATEGORY_COLOUR } from './robot-block-json.ts';
import { inputName, ROBOT_BLOCKS, type RobotBlock, type RobotCategory } from './robot-blocks.ts';

/*
 * The toolbox: the robot's categories, then Blockly's logic, loops, math, text, variables
 * and functions. A block for a part the kit lacks stays in view, disabled, under a label
 * that names the part, so a student learns what the robot is missing.
 */

/** Why a toolbox block is disabled: the kit lacks its part. */
export const KIT_LACKS_PART = 'MEKONG_KIT_LACKS_PART';

/** One entry of Blockly's JSON toolbox: a category, a block, a label. */
export type ToolboxItem = { kind: string } & Record<string, unknown>;

const block = (type: string, inputs?: Record<string, unknown>): ToolboxItem =>
  inputs ? { kind: 'block', type, inputs } : { kind: 'block', type };
const number = (value: number) => ({ shadow: { type: 'math_number', fields: { NUM: value } } });
const text = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });

/** Whether `kit` has what `robotBlock` needs. */
export function kitCanRun(kit: Kit, robotBlock: RobotBlock): boolean {
  if (robotBlock.needs === undefined) return true;
  if (robotBlock.needs === 'rgb') return kit.led?.type === 'ws2812';
  return kitHasPart(kit, robotBlock.needs);
}

/** A robot block as the toolbox shows it on `kit`, with the example values of its inputs. */
function robotItems(robotBlock: RobotBlock, kit: Kit, lang: Lang): ToolboxItem[] {
  const inputs: Record<string, unknown> = {};
  for (const input of robotBlock.inputs) {
    if (input.kind === 'number') inputs[inputName(input.slot)] = number(input.example);
    if (input.kind === 'value')
      inputs[inputName(input.slot)] = text(BLOCK_TEXTS.texts[input.example][lang]);
  }
  const item = block(robotBlock.type, robotBlock.inputs.length > 0 ? inputs : undefined);
  if (kitCanRun(kit, robotBlock)) return [item];
  const why =
    robotBlock.needs === 'rgb'
      ? say(BLOCK_TEXTS, 'needsRgb', lang)
      : say(BLOCK_TEXTS, 'needsPart', lang, { part: robotBlock.needs ?? '' });
  return [
    { kind: 'label', text: why },
    { ...item, disabledReasons: [KIT_LACKS_PART] },
  ];
}

function robotCategory(
  category: RobotCategory,
  name: BlockTextKey,
  kit: Kit,
  lang: Lang,
  extra: ToolboxItem[] = [],
): ToolboxItem {
  return {
    kind: 'category',
    name: BLOCK_TEXTS.texts[name][lang],
    colour: String(CATEGORY_COLOUR[category]),
    contents: [
      ...ROBOT_BLOCKS.filter((b) => b.category === category).flatMap((b) =>
        robotItems(b, kit, lang),
      ),
      ...extra,
    ],
  };
}

/** The toolbox (Blockly's JSON toolbox definition) for `kit`, its names in `lang`. */
export function blocksToolbox(kit: Kit, lang: Lang): { kind: string; contents: ToolboxItem[] } {
  const category = (name: BlockTextKey, style: string, contents: ToolboxItem[]) => ({
    kind: 'category',
    name: BLOCK_TEXTS.texts[name][lang],
    categorystyle: style,
    contents,
  });
  return {
    kind: 'categoryToolbox',
    contents: [
      robotCategory('move', 'catMove', kit, lang),
      robotCategory('sensors', 'catSensors', kit, lang),
      robotCategory('show', 'catShow', kit, lang),
      category('catLogic', 'logic_category', [
        block('controls_if'),
        block('logic_compare'),
        block('logic_operation'),
        block('logic_negate'),
        block('logic_boolean'),
      ]),
      {
        ...category('catLoops', 'loop_category', [
          ...ROBOT_BLOCKS.filter((b) => b.category === 'loops').flatMap((b) =>
            robotItems(b, kit, lang),
          ),
          block('controls_repeat_ext', { TIMES: number(4) }),
          block('controls_whileUntil'),
          block('controls_for', { FROM: number(1), TO: number(10), BY: number(1) }),
          block('controls_flow_statements'),
        ]),
      },
      category('catMath', 'math_category', [
        block('math_number'),
        block('math_arithmetic', { A: number(1), B: number(1) }),
        block('math_single', { NUM: number(9) }),
        block('math_trig', { NUM: number(45) }),
        block('math_round', { NUM: number(3.1) }),
        block('math_modulo', { DIVIDEND: number(64), DIVISOR: number(10) }),
        block('math_constrain', { VALUE: number(50), LOW: number(-100), HIGH: number(100) }),
        block('math_random_int', { FROM: number(1), TO: number(100) }),
        block('math_random_float'),
        block('math_number_property', { NUMBER_TO_CHECK: number(0) }),
      ]),
      category('catText', 'text_category', [
        ...ROBOT_BLOCKS.filter((b) => b.category === 'text').flatMap((b) =>
          robotItems(b, kit, lang),
        ),
        block('text'),
        block('text_join'),
        block('text_append', { TEXT: text('') }),
        block('text_length'),
        block('text_isEmpty'),
      ]),
      { ...category('catVariables', 'variable_category', []), custom: 'VARIABLE' },
      { ...category('catFunctions', 'procedure_category', []), custom: 'PROCEDURE' },
    ],
  };
}

/**
 * Block `type` as the toolbox offers it on `kit` (with its example inputs), as Blockly's
 * JSON state of one block; just the type for a block the toolbox does not list itself.
 */
export function toolboxBlockState(
  type: string,
  kit: Kit,
  lang: Lang,
): { type: string; inputs?: unknown } {
  const find = (items: readonly ToolboxItem[]): ToolboxItem | undefined => {
    for (const item of items) {
      if (item.kind === 'block' && item.type === type) return item;
      const inner = Array.isArray(item.contents) ? find(item.contents as ToolboxItem[]) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find(blocksToolbox(kit, lang).contents);
  return item?.inputs ? { type, inputs: item.inputs } : { type };
}

/** Every block type the toolbox can offer (the robot's, Blockly's, and their mutators' parts). */
export const TOOLBOX_BLOCK_TYPES: readonly string[] = [
  ...ROBOT_BLOCKS.map((b) => b.type),
  'controls_if',
  'controls_if_if',
  'controls_if_elseif',
  'controls_if_else',
  'logic_compare',
  'logic_operation',
  'logic_negate',
  'logic_boolean',
  'controls_repeat_ext',
  'controls_whileUntil',
  'controls_for',
  'controls_flow_statements',
  'math_number',
  'math_arithmetic',
  'math_single',
  'math_trig',
  'math_round',
  'math_modulo',
  'math_constrain',
  'math_random_int',
  'math_random_float',
  'math_number_property',
  'math_change',
  'text',
  'text_join',
  'text_create_join_container',
  'text_create_join_item',
  'text_append',
  'text_length',
  'text_isEmpty',
  'variables_get',
  'variables_set',
  'procedures_defnoreturn',
  'procedures_defreturn',
  'procedures_callnoreturn',
  'procedures_callreturn',
  'procedures_ifreturn',
  'procedures_mutatorcontainer',
  'procedures_mutatorarg',
];
