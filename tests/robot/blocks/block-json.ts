/*
 * Block programs written as Blockly saves them, for the tests: a few helpers build the JSON
 * a student's workspace serialises to, so each test reads like the blocks it stands for.
 */

export type BlockJson = Record<string, unknown>;

/** A number in a block's input, as the toolbox puts it (a shadow number). */
export const num = (n: number) => ({ shadow: { type: 'math_number', fields: { NUM: n } } });

/** Blocks one under the other: each is the `next` of the one before. */
export function stack(...blocks: BlockJson[]): BlockJson {
  const [first, ...rest] = blocks;
  if (!first) throw new Error('an empty stack');
  return rest.length === 0 ? first : { ...first, next: { block: stack(...rest) } };
}

/** A whole workspace: `tops` are its top blocks, placed one below the other. */
export function workspace(...tops: BlockJson[]): BlockJson {
  return {
    blocks: {
      languageVersion: 0,
      blocks: tops.map((block, i) => ({ x: 20, y: 20 + 400 * i, ...block })),
    },
  };
}

export const start = (...blocks: BlockJson[]) =>
  stack({ type: 'robot_start', id: 'start' }, ...blocks);
export const forward = (cm: number, id = `forward${cm}`) => ({
  type: 'robot_forward',
  id,
  inputs: { CM: num(cm) },
});
export const turn = (direction: 'left' | 'right', deg: number, id = `turn${deg}`) => ({
  type: 'robot_turn',
  id,
  fields: { DIRECTION: direction },
  inputs: { DEG: num(deg) },
});
export const led = (state: 'on' | 'off', id = `led-${state}`) => ({
  type: 'robot_led',
  id,
  fields: { STATE: state },
});
export const beep = (hz: number, ms: number, id = 'beep') => ({
  type: 'robot_beep',
  id,
  inputs: { HZ: num(hz), MS: num(ms) },
});
export const wait = (ms: number, id = `wait${ms}`) => ({
  type: 'robot_wait',
  id,
  inputs: { MS: num(ms) },
});
export const repeat = (times: number, ...body: BlockJson[]) => ({
  type: 'controls_repeat_ext',
  id: 'repeat',
  inputs: { TIMES: num(times), DO: { block: stack(...body) } },
});

/** `starter` (a block program's text) with `blocks` added under the last block of its first stack. */
export function addUnder(starter: string, ...blocks: BlockJson[]): string {
  const state = JSON.parse(starter);
  let last = state.blocks.blocks[0];
  while (last.next) last = last.next.block;
  last.next = { block: stack(...blocks) };
  return JSON.stringify(state);
}

/** Lesson 1's block starter completed as its steps say: wait, beep, LED off. */
export const lessonOneDone = (starter: string) =>
  addUnder(starter, wait(500), beep(440, 500), led('off'));
