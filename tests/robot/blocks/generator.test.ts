import { describe, expect, it } from 'vitest';
import { blocksToTypeScript } from '../../../robot/blocks/index.ts';
import { isMekongError } from '../../../robot/errors.ts';
import { drive } from '../program/helpers.ts';
import {
  beep,
  forward,
  led,
  num,
  repeat,
  stack,
  start,
  turn,
  wait,
  workspace,
} from './block-json.ts';

/**
 * Block programs become TypeScript a student can read (robot calls with await, a comment
 * per robot command in the student's language), the same program in Node as in the page,
 * and each line knows the block it came from.
 */
const generate = (json: unknown, lang: 'en' | 'vi' | 'lo' = 'en') =>
  blocksToTypeScript(JSON.stringify(json), 'test.blocks.json', lang);

describe('the TypeScript of a block program', () => {
  it('is readable TypeScript with await and a comment per robot command', () => {
    const { code } = generate(
      workspace(start(led('on'), repeat(4, forward(30), turn('right', 90)), beep(440, 200))),
    );
    expect(code).toBe(
      [
        '// switch the LED on',
        'robot.led(true);',
        'for (let count = 0; count < 4; count++) {',
        '  // move forward 30 cm',
        '  await robot.forward(30);',
        '  // turn right 90°',
        '  await robot.turn(-90);',
        '}',
        '// beep 440 Hz for 200 ms',
        'await robot.beep(440, 200);',
        '',
      ].join('\n'),
    );
  });

  it('writes the comments in the student’s language, the code the same', () => {
    const json = workspace(start(forward(20), turn('left', 45), led('off')));
    const en = generate(json, 'en').code;
    const lo = generate(json, 'lo').code;
    const vi = generate(json, 'vi').code;
    expect(lo).toContain('// ໄປໜ້າ 20 cm\nawait robot.forward(20);');
    expect(lo).toContain('// ລ້ຽວຊ້າຍ 45°\nawait robot.turn(45);');
    expect(lo).toContain('// ປິດໄຟ LED\nrobot.led(false);');
    expect(vi).toContain('// tiến tới 20 cm\n');
    const code = (text: string) => text.replace(/^\s*\/\/.*\n/gm, '');
    expect(code(lo)).toBe(code(en));
    expect(code(vi)).toBe(code(en));
  });

  it('runs only the start block’s stack when there is one; blocks lying about do not run', () => {
    const { code } = generate(workspace(start(forward(10)), forward(99, 'loose')));
    expect(code).toContain('robot.forward(10)');
    expect(code).not.toContain('99');
  });

  it('runs every stack of a workspace without a start block', () => {
    const { code } = generate(workspace(forward(10), wait(100)));
    expect(code).toContain('robot.forward(10)');
    expect(code).toContain('robot.wait(100)');
  });

  it('knows the block of every line, also inside loops', () => {
    const { code, blockOfLine } = generate(
      workspace(start(forward(30), repeat(2, turn('left', 90)), wait(500))),
    );
    const lines = code.split('\n');
    const blockAt = (text: string) => blockOfLine[lines.findIndex((l) => l.includes(text))];
    expect(blockAt('robot.forward(30)')).toBe('forward30');
    expect(blockAt('// move forward 30 cm')).toBe('forward30');
    expect(blockAt('robot.turn(90)')).toBe('turn90');
    expect(blockAt('for (let count')).toBe('repeat');
    expect(blockAt('robot.wait(500)')).toBe('wait500');
    expect(blockOfLine).toHaveLength(lines.length);
  });

  it('makes functions async and awaits their calls; names in Lao stay Lao', async () => {
    const json = workspace(
      start(
        {
          type: 'variables_set',
          id: 'set',
          fields: { VAR: { id: 'v1' } },
          inputs: { VALUE: num(3) },
        },
        {
          type: 'procedures_callnoreturn',
          id: 'call',
          extraState: { name: 'ເຕັ້ນລຳ', params: ['ຮອບ'] },
          inputs: { ARG0: { block: { type: 'variables_get', fields: { VAR: { id: 'v1' } } } } },
        },
      ),
      {
        type: 'procedures_defnoreturn',
        id: 'def',
        extraState: { params: [{ name: 'ຮອບ', id: 'p1' }] },
        fields: { NAME: 'ເຕັ້ນລຳ' },
        inputs: {
          STACK: {
            block: {
              type: 'controls_repeat_ext',
              inputs: {
                TIMES: { block: { type: 'variables_get', fields: { VAR: { id: 'p1' } } } },
                DO: { block: turn('left', 90) },
              },
            },
          },
        },
      },
    );
    const state = {
      ...json,
      variables: [
        { name: 'ຈຳນວນ', id: 'v1' },
        { name: 'ຮອບ', id: 'p1' },
      ],
    };
    const { code } = generate(state, 'lo');
    expect(code).toMatch(/^let ຮອບ, ຈຳນວນ;\n\nasync function ເຕັ້ນລຳ\(ຮອບ\) \{\n/);
    expect(code).toContain('}\n\nຈຳນວນ = 3;\nawait ເຕັ້ນລຳ(ຈຳນວນ);\n');
    expect(code).toContain('await ເຕັ້ນລຳ(ຈຳນວນ);');
    expect(code).not.toContain('var ');
    const { calls, end } = await drive(code, { language: 'ts' });
    expect(end.kind).toBe('done');
    expect(calls.map((c) => [c.method, c.args])).toEqual([
      ['turn', [90]],
      ['turn', [90]],
      ['turn', [90]],
    ]);
  });

  it('prints with console.log and reads sensors with await', async () => {
    const { code } = generate(
      workspace(
        start({
          type: 'controls_if',
          inputs: {
            IF0: {
              block: {
                type: 'logic_compare',
                fields: { OP: 'LT' },
                inputs: { A: { block: { type: 'robot_distance' } }, B: num(20) },
              },
            },
            DO0: {
              block: {
                type: 'robot_print',
                inputs: { VALUE: { block: { type: 'robot_line', fields: { SIDE: 'left' } } } },
              },
            },
          },
        }),
      ),
    );
    expect(code).toContain('if (await robot.distance() < 20) {');
    expect(code).toContain('console.log((await robot.line()).left);');
    const { calls, host } = await drive(code, {
      language: 'ts',
      answer: (method) =>
        method === 'distance'
          ? { ok: true, value: 12 }
          : { ok: true, value: { left: true, right: false } },
    });
    expect(calls.map((c) => c.method)).toEqual(['distance', 'line']);
    expect(host.logs.map((l) => l.text)).toEqual(['true']);
  });

  it('joins texts as a template literal, the way the lessons write them', () => {
    const item = (block: Record<string, unknown>) => ({ block });
    const { code } = generate(
      workspace(
        start({
          type: 'robot_print',
          inputs: {
            VALUE: item({
              type: 'text_join',
              extraState: { itemCount: 3 },
              inputs: {
                // Signs a template literal would read: a backtick, a dollar-brace, a backslash.
                ADD0: item({ type: 'text', fields: { TEXT: `took \`\${x}\` \\ ` } }),
                ADD1: item({ type: 'robot_time' }),
                ADD2: item({ type: 'text', fields: { TEXT: ' ms' } }),
              },
            }),
          },
        }),
      ),
    );
    expect(code).toBe(`console.log(\`took \\\`\\\${x}\\\` \\\\ \${robot.time()} ms\`);\n`);
  });

  it('a runnable program: the calls the robot receives are the blocks, in order', async () => {
    const { code } = generate(
      workspace(start(led('on'), wait(500), beep(440, 500), stack(led('off')))),
    );
    const { calls, end, host } = await drive(code, { language: 'ts' });
    expect(end.kind).toBe('done');
    expect(calls.map((c) => [c.method, c.args])).toEqual([
      ['wait', [500]],
      ['beep', [440, 500]],
    ]);
    expect(host.syncCalls.map((c) => [c.method, c.args])).toEqual([
      ['led', [true]],
      ['led', [false]],
    ]);
  });
});

describe('a block program that cannot be opened', () => {
  const problem = (text: string) => {
    try {
      blocksToTypeScript(text, 'anh.blocks.json', 'lo');
    } catch (error) {
      if (isMekongError(error)) return { code: error.code, text: error.text('en').message };
      throw error;
    }
    throw new Error('no error');
  };

  it('is BLOCKS_INVALID naming the file and why, for JSON, a wrong file and unknown blocks', () => {
    expect(problem('{"blocks": [')).toEqual({
      code: 'BLOCKS_INVALID',
      text: expect.stringMatching(/^anh\.blocks\.json is not a block program .*: it is not JSON/),
    });
    expect(problem('{"world": 1}').text).toContain('it has no "blocks"');
    expect(
      problem(JSON.stringify(workspace(start({ type: 'robot_fly', id: 'x' })))).text,
    ).toContain('it has a block "robot_fly" that Mekong does not know');
  });
});
