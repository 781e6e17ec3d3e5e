import * as Blockly from 'blockly';
import { JavascriptGenerator, javascriptGenerator, Order } from 'blockly/javascript';
import type { Lang } from '../i18n/lang.ts';
import { robotBlockText } from './robot-block-json.ts';
import {
  type BlockParts,
  inputName,
  type Precedence,
  ROBOT_BLOCKS,
  type RobotBlock,
} from './robot-blocks.ts';

/*
 * Block programs as TypeScript a student can read and go on with: robot calls with `await`,
 * a comment in the student's language above each robot command, `let` variables, async
 * functions, and names in the student's own script (a Lao variable keeps its Lao name).
 * Standard blocks use Blockly's JavaScript generator, except where its code would not run
 * here (text_print calls window.alert) or would not read well (var, typeof checks).
 */

const ORDER: Readonly<Record<Precedence, number>> = {
  atomic: Order.ATOMIC,
  member: Order.MEMBER,
  call: Order.FUNCTION_CALL,
  await: Order.AWAIT,
  negation: Order.UNARY_NEGATION,
  comma: Order.COMMA,
  none: Order.NONE,
};

/** The block that runs a program; without one in a workspace, every stack runs. */
export const START_BLOCK = 'robot_start';

/** Top blocks that run where there is a start block: it, and the functions. */
const RUNS_WITH_START = new Set([START_BLOCK, 'procedures_defnoreturn', 'procedures_defreturn']);

/** Marks the lines of one statement block in the raw code; removed before anyone sees it. */
const BEGIN = '\u0001';
const END = '\u0002';

/**
 * Variable and function names as identifiers: letters of any script stay (JavaScript allows
 * them), spaces and signs become `_`. Blockly's own names turn "ລາຍການ" into
 * "_E0_BA_A5_E0_BA_B2…".
 */
export function scriptName(name: string): string {
  const safe = name
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^\p{ID_Continue}$]/gu, '_');
  if (safe === '') return 'unnamed';
  return /^[\p{ID_Start}$_]/u.test(safe) ? safe : `_${safe}`;
}

/** Blockly's name database with scriptName for its safe names. */
function scriptNames(reserved: string): Blockly.Names {
  const names = new Blockly.Names(reserved);
  // Blockly declares safeName private; every name it hands out goes through it.
  (names as unknown as { safeName: (name: string) => string }).safeName = scriptName;
  return names;
}

/** A generated program and, for each of its lines, the statement block it came from. */
export interface GeneratedProgram {
  code: string;
  /** `blockOfLine[n - 1]` is the id of the block line n came from (null: none). */
  blockOfLine: readonly (string | null)[];
}

export class TypeScriptGenerator extends JavascriptGenerator {
  /** The language of the comments. */
  lang: Lang = 'en';

  constructor() {
    super('TypeScript');
    this.addReservedWords('robot,console');
    this.nameDB_ = scriptNames(this.RESERVED_WORDS_);
    Object.assign(this.forBlock, javascriptGenerator.forBlock);
    for (const block of ROBOT_BLOCKS) this.forBlock[block.type] = (b) => this.robotCode(block, b);
    this.forBlock.text_print = (b) =>
      `console.log(${this.valueToCode(b, 'TEXT', Order.NONE) || "''"});\n`;
    this.forBlock.controls_repeat_ext = (b) => this.repeat(b);
    this.forBlock.text_join = (b) => [this.template(b), Order.ATOMIC];
    this.forBlock.math_change = (b) => {
      const delta = this.valueToCode(b, 'DELTA', Order.ASSIGNMENT) || '0';
      return `${this.getVariableName(b.getFieldValue('VAR'))} += ${delta};\n`;
    };
    this.forBlock.procedures_defnoreturn = (b) => this.defineFunction(b);
    this.forBlock.procedures_defreturn = (b) => this.defineFunction(b);
    this.forBlock.procedures_callnoreturn = (b) => `await ${this.callCode(b)};\n`;
    this.forBlock.procedures_callreturn = (b) => [`await ${this.callCode(b)}`, Order.AWAIT];
  }

  /** The program of `workspace`, with comments in `lang`. */
  generate(workspace: Blockly.Workspace, lang: Lang): GeneratedProgram {
    this.lang = lang;
    return withoutMarks(this.workspaceToCode(workspace));
  }

  override init(workspace: Blockly.Workspace): void {
    super.init(workspace);
    const declared = this.definitions_.variables;
    if (declared?.startsWith('var ')) this.definitions_.variables = `let ${declared.slice(4)}`;
  }

  /**
   * Blockly's workspaceToCode, except that only the start block's stack and the functions run
   * when there is a start block: a block left lying about is not part of the program.
   */
  override workspaceToCode(workspace?: Blockly.Workspace): string {
    if (!workspace) throw new Error('TypeScriptGenerator needs a workspace');
    this.init(workspace);
    const tops = workspace.getTopBlocks(true);
    const hasStart = tops.some((b) => b.type === START_BLOCK);
    const parts: string[] = [];
    for (const block of tops) {
      if (hasStart && !RUNS_WITH_START.has(block.type)) continue;
      const code = this.blockToCode(block);
      const text = Array.isArray(code) ? this.scrubNakedValue(code[0]) : code;
      if (text) parts.push(text);
    }
    return this.finish(parts.join('\n'))
      .replace(/^\s+\n/, '')
      .replace(/\n\s+$/, '\n')
      .replace(/[ \t]+\n/g, '\n');
  }

  /** Marks where each statement block's lines begin and end (see withoutMarks). */
  override scrub_(block: Blockly.Block, code: string, thisOnly = false): string {
    const marked = block.outputConnection ? code : `${BEGIN}${block.id}\n${code}${END}\n`;
    return super.scrub_(block, marked, thisOnly);
  }

  private robotCode(spec: RobotBlock, block: Blockly.Block): string | [string, number] {
    const parts: BlockParts = {
      value: (slot, precedence) =>
        this.valueToCode(block, inputName(slot), ORDER[precedence]) ||
        (spec.inputs.find((i) => i.slot === slot)?.kind === 'number' ? '0' : "''"),
      choice: (slot) => String(block.getFieldValue(inputName(slot))),
      inside: () => this.statementToCode(block, 'DO'),
    };
    const code = spec.code(parts);
    if (Array.isArray(code)) return [code[0], ORDER[code[1]]];
    const comment = spec.comment ? `// ${this.comment(spec, block)}\n` : '';
    if (spec.shape === 'loop' || code === '') return comment + code;
    return `${comment}${code};\n`;
  }

  /** What the block says, with its inputs' code in the slots, in the student's language. */
  private comment(spec: RobotBlock, block: Blockly.Block): string {
    const values: Record<string, string> = {};
    for (const input of spec.inputs) {
      const name = inputName(input.slot);
      if (input.kind === 'choice') {
        const value = String(block.getFieldValue(name));
        const choice = input.choices.find((c) => c.value === value);
        values[input.slot] = choice ? choice.label(this.lang) : value;
      } else values[input.slot] = this.valueToCode(block, name, Order.NONE) || '?';
    }
    return robotBlockText(spec, values, this.lang);
  }

  /** `repeat n times` as a counting loop with `let`; n is worked out once. */
  private repeat(block: Blockly.Block): string {
    const times = this.valueToCode(block, 'TIMES', Order.RELATIONAL) || '0';
    const body = this.statementToCode(block, 'DO');
    const count =
      this.nameDB_?.getDistinctName('count', Blockly.Names.NameType.VARIABLE) ?? 'count';
    if (/^[\p{ID_Continue}$.]+$/u.test(times))
      return `for (let ${count} = 0; ${count} < ${times}; ${count}++) {\n${body}}\n`;
    const end = this.nameDB_?.getDistinctName('times', Blockly.Names.NameType.VARIABLE) ?? 'times';
    return `const ${end} = ${times};\nfor (let ${count} = 0; ${count} < ${end}; ${count}++) {\n${body}}\n`;
  }

  /**
   * `join` as a template literal, as the lessons write it: `I drove for ${robot.time()} ms.`
   * (Blockly writes ['I drove for ',robot.time(),' ms.'].join('')).
   */
  private template(block: Blockly.Block): string {
    const count = (block as Blockly.Block & { itemCount_?: number }).itemCount_ ?? 0;
    let text = '';
    for (let i = 0; i < count; i++) {
      const item = block.getInputTargetBlock(`ADD${i}`);
      if (!item) continue;
      if (item.type === 'text') {
        text += String(item.getFieldValue('TEXT'))
          .replace(/[\\`]|\$\{/g, (c) => `\\${c}`)
          .replace(/\n/g, '\\n');
      } else text += `\${${this.valueToCode(block, `ADD${i}`, Order.NONE)}}`;
    }
    return `\`${text}\``;
  }

  /** A function block: an async function, so robot calls inside it can be awaited. */
  private defineFunction(block: Blockly.Block): null {
    const name = this.getProcedureName(block.getFieldValue('NAME'));
    const params = (block as Blockly.Block & { getVars(): string[] })
      .getVars()
      .map((v) => this.getVariableName(v));
    const body = this.statementToCode(block, 'STACK');
    const result = block.getInput('RETURN') ? this.valueToCode(block, 'RETURN', Order.NONE) : '';
    const returns = result ? `${this.INDENT}return ${result};\n` : '';
    const code = `async function ${name}(${params.join(', ')}) {\n${body}${returns}}\n`;
    this.definitions_[`%${name}`] = this.scrub_(block, code);
    return null;
  }

  /** A call of a function block, without its `await`. */
  private callCode(block: Blockly.Block): string {
    const name = this.getProcedureName(block.getFieldValue('NAME'));
    const count = (block as Blockly.Block & { getVars(): string[] }).getVars().length;
    const args = Array.from(
      { length: count },
      (_, i) => this.valueToCode(block, `ARG${i}`, Order.COMMA) || 'null',
    );
    return `${name}(${args.join(', ')})`;
  }
}

/**
 * The code without its block marks (and without a blank line after another), and the block
 * each line came from.
 */
function withoutMarks(raw: string): GeneratedProgram {
  const lines: string[] = [];
  const blockOfLine: (string | null)[] = [];
  const open: string[] = [];
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith(BEGIN)) open.push(trimmed.slice(1));
    else if (trimmed === END) open.pop();
    else if (trimmed === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    else {
      lines.push(trimmed === '' ? '' : line);
      blockOfLine.push(open.at(-1) ?? null);
    }
  }
  const code = lines.join('\n');
  return { code, blockOfLine: blockOfLine.slice(0, code.split('\n').length) };
}
