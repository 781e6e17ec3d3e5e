import type { LED_COLOURS } from '../check-args.ts';
import type { Lang } from '../i18n/lang.ts';
import type { PartName } from '../i18n/names.ts';
import { SIDE_NAMES } from '../i18n/names.ts';
import { BLOCK_TEXTS, type BlockTextKey } from './block-texts.ts';

/*
 * The robot blocks as data: what each one says (a key of block-texts.ts), its inputs, its
 * shape, the part of the kit it needs and the TypeScript it stands for. Blockly's block
 * definitions, the toolbox, the generator and the comments of the generated code are all
 * made from this one table.
 */

/** Where a block sits in the toolbox. */
export type RobotCategory = 'move' | 'sensors' | 'show' | 'loops' | 'text';

/**
 * hat: the program's start (blocks hang under it); statement: a command; number/boolean: a
 * value; loop: a command with blocks inside.
 */
export type BlockShape = 'hat' | 'statement' | 'number' | 'boolean' | 'loop';

/** A choice in a drop-down: the value in the code and the words a student reads. */
export interface Choice {
  value: string;
  label: (lang: Lang) => string;
}

/** One input of a block, named after its `{slot}` in the block's text. */
export type BlockInput =
  | { slot: string; kind: 'number'; example: number }
  | { slot: string; kind: 'value'; example: BlockTextKey }
  | { slot: string; kind: 'choice'; choices: readonly Choice[] };

/** Blockly's operator precedence of an expression (the JavaScript generator's `Order`). */
export type Precedence = 'atomic' | 'member' | 'call' | 'await' | 'negation' | 'none' | 'comma';

/** What a generator gives a block's code: its inputs' code and its choices' values. */
export interface BlockParts {
  /** The code of number or value input `slot`, parenthesised for a place of `precedence`. */
  value(slot: string, precedence: Precedence): string;
  /** The value of choice `slot`. */
  choice(slot: string): string;
  /** The code of the blocks inside a loop, indented. */
  inside(): string;
}

export interface RobotBlock {
  type: string;
  text: BlockTextKey;
  tip: BlockTextKey;
  shape: BlockShape;
  category: RobotCategory;
  inputs: readonly BlockInput[];
  /** The part of the kit the block needs: without it the toolbox shows the block disabled. */
  needs?: PartName | 'rgb';
  /** The TypeScript of a command (without `;`) or a loop, or an expression and its precedence. */
  code: (parts: BlockParts) => string | [string, Precedence];
  /** Whether the generated code says in a comment what the block does (robot commands do). */
  comment: boolean;
}

const word = (key: BlockTextKey) => (lang: Lang) => BLOCK_TEXTS.texts[key][lang] as string;

/** A drop-down of sides (left, right, center), each named in the reader's language. */
function sideChoice(slot: string, sides: readonly (keyof typeof SIDE_NAMES)[]): BlockInput {
  const choices = sides.map((id) => ({ value: id, label: (lang: Lang) => SIDE_NAMES[id][lang] }));
  return { slot, kind: 'choice', choices };
}

const COLOUR_NAMES = [
  'red',
  'green',
  'blue',
  'yellow',
  'cyan',
  'magenta',
  'purple',
  'orange',
  'white',
  'pink',
] as const satisfies readonly (keyof typeof LED_COLOURS & BlockTextKey)[];

/**
 * A command block that calls `robot.<name>` with its number inputs in order (`awaited` when
 * the method returns a promise); its type, text and tip are named after the method.
 */
function robotCall(
  name: 'forward' | 'backward' | 'drive' | 'stop' | 'wait' | 'servo' | 'beep',
  category: RobotCategory,
  examples: Readonly<Record<string, number>>,
  { awaited, needs }: { awaited: boolean; needs?: RobotBlock['needs'] },
): RobotBlock {
  const inputs = Object.entries(examples).map(
    ([slot, example]): BlockInput => ({ slot, kind: 'number', example }),
  );
  const precedence = inputs.length > 1 ? 'comma' : 'none';
  return {
    type: `robot_${name}`,
    text: name,
    tip: `${name}Tip`,
    shape: 'statement',
    category,
    inputs,
    ...(needs ? { needs } : {}),
    code: (p) =>
      `${awaited ? 'await ' : ''}robot.${name}(${inputs.map((input) => p.value(input.slot, precedence)).join(', ')})`,
    comment: true,
  };
}

/** A value block reading `robot.<name>()` with no inputs (`awaited` when it returns a promise). */
function robotReading(
  name: 'distance' | 'button' | 'time',
  shape: 'number' | 'boolean',
  { awaited, needs }: { awaited: boolean; needs?: RobotBlock['needs'] },
): RobotBlock {
  return {
    type: `robot_${name}`,
    text: name,
    tip: `${name}Tip`,
    shape,
    category: 'sensors',
    inputs: [],
    ...(needs ? { needs } : {}),
    code: () => (awaited ? [`await robot.${name}()`, 'await'] : [`robot.${name}()`, 'call']),
    comment: false,
  };
}

/** Every robot block, in toolbox order. */
export const ROBOT_BLOCKS: readonly RobotBlock[] = [
  {
    type: 'robot_start',
    text: 'start',
    tip: 'startTip',
    shape: 'hat',
    category: 'move',
    inputs: [],
    code: () => '',
    comment: false,
  },
  robotCall('forward', 'move', { cm: 30 }, { awaited: true }),
  robotCall('backward', 'move', { cm: 30 }, { awaited: true }),
  {
    type: 'robot_turn',
    text: 'turn',
    tip: 'turnTip',
    shape: 'statement',
    category: 'move',
    inputs: [
      sideChoice('direction', ['left', 'right']),
      { slot: 'deg', kind: 'number', example: 90 },
    ],
    // robot.turn takes left turns as positive degrees.
    code: (p) =>
      p.choice('direction') === 'right'
        ? `await robot.turn(-${p.value('deg', 'negation')})`
        : `await robot.turn(${p.value('deg', 'none')})`,
    comment: true,
  },
  robotCall('drive', 'move', { left: 50, right: 50 }, { awaited: false }),
  robotCall('stop', 'move', {}, { awaited: false }),
  robotCall('wait', 'move', { ms: 500 }, { awaited: true }),
  robotReading('distance', 'number', { awaited: true, needs: 'ultrasonic' }),
  {
    type: 'robot_line',
    text: 'line',
    tip: 'lineTip',
    shape: 'boolean',
    category: 'sensors',
    inputs: [sideChoice('side', ['left', 'right', 'center'])],
    needs: 'line',
    code: (p) => [`(await robot.line()).${p.choice('side')}`, 'member'],
    comment: false,
  },
  robotReading('button', 'boolean', { awaited: true, needs: 'button' }),
  robotReading('time', 'number', { awaited: false }),
  robotCall('servo', 'sensors', { deg: 90 }, { awaited: true, needs: 'servo' }),
  {
    type: 'robot_led',
    text: 'led',
    tip: 'ledTip',
    shape: 'statement',
    category: 'show',
    inputs: [
      {
        slot: 'state',
        kind: 'choice',
        choices: [
          { value: 'on', label: word('on') },
          { value: 'off', label: word('off') },
        ],
      },
    ],
    needs: 'led',
    code: (p) => `robot.led(${p.choice('state') === 'on'})`,
    comment: true,
  },
  {
    type: 'robot_led_colour',
    text: 'ledColour',
    tip: 'ledColourTip',
    shape: 'statement',
    category: 'show',
    inputs: [
      {
        slot: 'colour',
        kind: 'choice',
        choices: COLOUR_NAMES.map((name) => ({ value: name, label: word(name) })),
      },
    ],
    needs: 'rgb',
    code: (p) => `robot.led('${p.choice('colour')}')`,
    comment: true,
  },
  robotCall('beep', 'show', { hz: 440, ms: 500 }, { awaited: true, needs: 'buzzer' }),
  {
    type: 'robot_print',
    text: 'print',
    tip: 'printTip',
    shape: 'statement',
    category: 'text',
    inputs: [{ slot: 'value', kind: 'value', example: 'hello' }],
    code: (p) => `console.log(${p.value('value', 'none')})`,
    comment: false,
  },
  {
    type: 'robot_forever',
    text: 'forever',
    tip: 'foreverTip',
    shape: 'loop',
    category: 'loops',
    inputs: [],
    code: (p) => `while (true) {\n${p.inside()}}\n`,
    comment: true,
  },
];

/** The robot block of `type`, if it is one. */
export function robotBlock(type: string): RobotBlock | undefined {
  return ROBOT_BLOCKS.find((block) => block.type === type);
}

/** Blockly's name of the input or field of `slot` (Blockly's convention: upper case). */
export function inputName(slot: string): string {
  return slot.toUpperCase();
}
