import * as Blockly from 'blockly';
import * as english from 'blockly/msg/en';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blocklyMessages,
  blocksToolbox,
  KIT_LACKS_PART,
  TOOLBOX_BLOCK_TYPES,
  useBlockLanguage,
} from '../../../robot/blocks/index.ts';
import { LO_MESSAGES } from '../../../robot/blocks/messages/lo.ts';
import { VI_MESSAGES } from '../../../robot/blocks/messages/vi.ts';
import { LANGS, type Lang } from '../../../robot/i18n/lang.ts';
import { getKit } from '../../../robot/kits/index.ts';

/**
 * Every block of the toolbox, made in every language: its words, its drop-down choices and
 * its tooltip (for each choice: some tooltips follow it) exist, and none is left in English
 * in Vietnamese or Lao. So are Blockly's own words around the blocks (menus, dialogs,
 * keyboard hints) and the toolbox's categories.
 */

/** Names, units, symbols and code a translation keeps as they are. */
const KEPT = new Set(
  [
    'LED',
    'RGB',
    'mBot',
    'cm',
    'ms',
    'Hz',
    'servo',
    'line',
    'JSON',
    'Mekong',
    'sin',
    'cos',
    'tan',
    'asin',
    'acos',
    'atan',
    'ln',
    'log10',
    'e',
    'Ctrl',
    'Alt',
    'Command',
    'Option',
    'ChromeOS',
    'Linux',
    'macOS',
    'Windows',
  ].map((w) => w.toLowerCase()),
);

/** Words that give English away in a Vietnamese text. */
const ENGLISH =
  /(?<!\p{L})(the|and|is|are|not|with|from|this|that|of|be|a|an|block|blocks)(?!\p{L})/iu;

/** Latin words of `text` that are not names or code ('%1', quotes and numbers left out). */
function latinWords(text: string): string[] {
  const prose = text.replace(/%\d|'[^']*'|"[^"]*"|\b[a-z]+\d+\b|\d+(\.\d+)?/g, ' ');
  return (prose.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !KEPT.has(w.toLowerCase()));
}

/** Why `text`, shown in `lang`, reads as English ('' when it does not). */
function englishIn(text: string, lang: Lang, englishText: string): string {
  if (lang === 'lo') return latinWords(text).join(' ');
  if (lang === 'vi') {
    if (ENGLISH.test(text.replace(/%\d|'[^']*'/g, ' '))) return text;
    if (text === englishText && latinWords(text).length > 0) return text;
  }
  return '';
}

interface ShownText {
  where: string;
  text: string;
}

/** Every text a block shows: labels, choices, tooltip (for each value of its first drop-down). */
function textsOf(block: Blockly.Block): ShownText[] {
  const shown: ShownText[] = [];
  let dropdown: Blockly.FieldDropdown | undefined;
  for (const input of block.inputList) {
    for (const field of input.fieldRow) {
      // A variable's name is the student's own.
      if (field instanceof Blockly.FieldVariable) continue;
      if (field instanceof Blockly.FieldDropdown) {
        dropdown ??= field;
        for (const [label] of field.getOptions(false))
          if (typeof label === 'string') shown.push({ where: `${field.name} choice`, text: label });
      } else if (field instanceof Blockly.FieldLabel) {
        const text = field.getText();
        if (text.trim() !== '') shown.push({ where: 'label', text });
      }
    }
  }
  const values = dropdown ? dropdown.getOptions(false).map(([, value]) => value) : [undefined];
  for (const value of values) {
    if (dropdown && value !== undefined) dropdown.setValue(value);
    shown.push({
      where: `tooltip${value ? ` (${value})` : ''}`,
      text: Blockly.Tooltip.getTooltipOfObject(block),
    });
  }
  return shown;
}

/** A block as a student gets it: a function call names its function (here in Lao). */
function newBlock(workspace: Blockly.Workspace, type: string): Blockly.Block {
  if (!type.startsWith('procedures_call')) return workspace.newBlock(type);
  const state = { type, extraState: { name: 'ງານ', params: [] } };
  return Blockly.serialization.blocks.append(state, workspace);
}

const made = new Map<Lang, Map<string, ShownText[]>>();

beforeAll(async () => {
  for (const lang of LANGS) {
    await useBlockLanguage(lang);
    const workspace = new Blockly.Workspace();
    const byType = new Map<string, ShownText[]>();
    for (const type of TOOLBOX_BLOCK_TYPES) byType.set(type, textsOf(newBlock(workspace, type)));
    made.set(lang, byType);
    workspace.dispose();
  }
  await useBlockLanguage('en');
});

describe('the blocks in every language', () => {
  it('makes every block of the toolbox, and each has words and a tooltip', () => {
    for (const lang of LANGS) {
      for (const type of TOOLBOX_BLOCK_TYPES) {
        const texts = made.get(lang)?.get(type) ?? [];
        const tooltips = texts.filter((t) => t.where.startsWith('tooltip'));
        expect(tooltips.length, `${type} in ${lang}`).toBeGreaterThan(0);
        for (const tip of tooltips)
          expect(tip.text.trim(), `${type} ${tip.where} in ${lang}`).not.toBe('');
      }
    }
  });

  it('leaves no English in a Vietnamese or Lao block, choice or tooltip', () => {
    const en = made.get('en') as Map<string, ShownText[]>;
    const problems: string[] = [];
    for (const lang of ['vi', 'lo'] as const) {
      for (const [type, texts] of made.get(lang) ?? []) {
        texts.forEach((shown, i) => {
          const why = englishIn(shown.text, lang, en.get(type)?.[i]?.text ?? '');
          if (why) problems.push(`${lang} ${type} ${shown.where}: ${shown.text}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check itself catches English', () => {
    expect(englishIn('move forward %1 cm', 'lo', '')).toBe('move forward');
    expect(englishIn('ໄປໜ້າ %1 cm', 'lo', '')).toBe('');
    expect(englishIn('Return the sum of the two numbers.', 'vi', 'x')).not.toBe('');
    expect(englishIn('Copy', 'vi', 'Copy')).toBe('Copy');
    expect(englishIn('tiến tới %1 cm', 'vi', 'move forward %1 cm')).toBe('');
  });

  it('puts Blockly’s own words (menus, dialogs, keyboard hints, variables, functions) in vi and lo', async () => {
    const englishWords = await blocklyMessages('en');
    // Keys of blocks are checked by making the blocks; these are the words around them.
    const around = Object.keys(englishWords).filter(
      (key) =>
        !/^(CONTROLS|LOGIC|MATH|TEXT|LISTS|COLOUR|MEKONG)_/.test(key) &&
        !/(HELPURL|_HUE|_KEY)$/.test(key) &&
        !['TODAY', 'CHROME_OS', 'LINUX', 'MAC_OS', 'WINDOWS', 'ORDINAL_NUMBER_SUFFIX'].includes(
          key,
        ) &&
        !/^(NEW_(COLOUR|NUMBER|STRING)_VARIABLE|NEW_VARIABLE_TYPE_TITLE|VARIABLE_ALREADY_EXISTS_FOR_ANOTHER_TYPE)$/.test(
          key,
        ) &&
        englishWords[key] !== '',
    );
    expect(around.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const lang of ['vi', 'lo'] as const) {
      const words = await blocklyMessages(lang);
      for (const key of around) {
        const text = words[key] ?? '';
        if (englishIn(text, lang, englishWords[key] ?? ''))
          problems.push(`${lang} ${key}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names only keys Blockly has, with the same %1, %2 as its English', () => {
    const englishWords = english as unknown as Record<string, string>;
    for (const table of [VI_MESSAGES, LO_MESSAGES] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(table)) {
        expect(englishWords[key], key).toBeTypeOf('string');
        const slots = (t: string) => [...t.matchAll(/%\d/g)].map((m) => m[0]).sort();
        expect(slots(text), key).toEqual(slots(englishWords[key] as string));
      }
    }
  });

  it('names the toolbox’s categories and labels in the language', () => {
    const names = (lang: Lang) =>
      blocksToolbox(getKit('mbot'), lang).contents.map((c) => String(c.name));
    expect(names('en')).toEqual([
      'Move',
      'Sensors',
      'Light & sound',
      'Logic',
      'Loops',
      'Math',
      'Text',
      'Variables',
      'Functions',
    ]);
    for (const lang of ['vi', 'lo'] as const)
      names(lang).forEach((name, i) => {
        expect(englishIn(name, lang, names('en')[i] as string), name).toBe('');
      });
  });
});

describe('the toolbox on each kit', () => {
  /** The robot blocks of the toolbox: type, whether disabled, and the label above it. */
  function robotBlocks(kit: string, lang: Lang) {
    const items = blocksToolbox(getKit(kit), lang).contents.flatMap(
      (c) => (c.contents as Record<string, unknown>[]) ?? [],
    );
    return items.flatMap((item, i) => {
      if (item.kind !== 'block' || !String(item.type).startsWith('robot_')) return [];
      const before = items[i - 1];
      return [
        {
          type: String(item.type),
          disabled:
            (item.disabledReasons as string[] | undefined)?.includes(KIT_LACKS_PART) ?? false,
          label: before?.kind === 'label' ? String(before.text) : '',
        },
      ];
    });
  }

  it('shows a block for a part the kit lacks, disabled, under the part’s name', () => {
    // The L9110S Nano kit has no servo and no button; its LED is a plain one.
    const nano = robotBlocks('l9110s-nano', 'en');
    const find = (type: string) => nano.find((b) => b.type === type);
    expect(find('robot_servo')).toEqual({
      type: 'robot_servo',
      disabled: true,
      label: 'Needs the servo motor: this kit has none.',
    });
    expect(find('robot_button')?.disabled).toBe(true);
    expect(find('robot_led_colour')).toMatchObject({
      disabled: true,
      label: expect.stringContaining('RGB'),
    });
    expect(find('robot_forward')).toEqual({ type: 'robot_forward', disabled: false, label: '' });
    expect(find('robot_distance')?.disabled).toBe(false);
    expect(robotBlocks('l9110s-nano', 'lo').find((b) => b.type === 'robot_servo')?.label).toBe(
      'ຕ້ອງມີເຊີໂວມໍເຕີ: ຊຸດນີ້ບໍ່ມີ.',
    );
  });

  it('enables the colour LED on the mBot and every robot block on the L298N kit but colour', () => {
    expect(robotBlocks('mbot', 'en').find((b) => b.type === 'robot_led_colour')?.disabled).toBe(
      false,
    );
    const l298n = robotBlocks('l298n-2wd', 'en');
    expect(l298n.filter((b) => b.disabled).map((b) => b.type)).toEqual(['robot_led_colour']);
  });
});
