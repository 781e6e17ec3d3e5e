import { describe, expect, test } from 'vitest';
import type { MekongError } from '../../../robot/errors.ts';
import { drive } from './helpers.ts';

/**
 * NEVER_WAITS names the loop that never waits (issue 12.3), wherever QuickJS's own stack
 * places the stop. A clock that moves 50 ms at every reading makes the budget run out after
 * a few polls, whatever the machine is doing.
 */
async function stopOf(source: string, language: 'js' | 'ts' = 'js'): Promise<MekongError> {
  let clock = 0;
  const { end } = await drive(source, { language, extra: { now: () => (clock += 50) } });
  if (end.kind !== 'failed') throw new Error(`the program ended with ${end.kind}`);
  expect(end.error.code).toBe('NEVER_WAITS');
  return end.error;
}

const at = (error: MekongError) => [error.line, error.column];

describe('NEVER_WAITS points at the loop', () => {
  test.each(['js', 'ts'] as const)(
    'an endless loop after a robot call and a declaration (%s): the loop, not line 1 or 2',
    async (language) => {
      const error = await stopOf('robot.led(true);\nlet n = 0;\n\nwhile (true) {}\n', language);
      expect(at(error)).toEqual([4, 1]);
    },
  );

  test('a bare while (true) {} gets line 1', async () => {
    expect(at(await stopOf('while (true) {}'))).toEqual([1, 1]);
  });

  test.each([
    [
      'a function',
      'function spin() {\n  let k = 0;\n  for (;;) {\n    k++;\n  }\n}\n\nrobot.led(true);\nspin();\n',
      [3, 3],
    ],
    [
      'an arrow function',
      'const spin = () => {\n  for (;;) {}\n};\nrobot.led(true);\nspin();',
      [2, 3],
    ],
    ['a method', 'const o = {\n  spin() {\n    while (1) {}\n  },\n};\no.spin();', [3, 5]],
    [
      'a class constructor',
      'class A {\n  constructor() {\n    do {} while (true);\n  }\n}\nnew A();',
      [3, 5],
    ],
  ])('a loop in %s called from elsewhere points at the loop', async (_, source, where) => {
    expect(at(await stopOf(source))).toEqual(where);
  });

  test('TypeScript with annotations: the loop line in the student source', async () => {
    const source =
      'function spin(n: number): void {\n  let k: number = n;\n  while (k >= 0) {\n    k++;\n  }\n}\nspin(1);\n';
    expect(at(await stopOf(source, 'ts'))).toEqual([3, 3]);
  });

  test('a loop that awaits the robot is not blamed: the endless loop after it is', async () => {
    const source = 'for (let i = 0; i < 2; i++) {\n  await robot.wait(1);\n}\nwhile (true) {}';
    expect(at(await stopOf(source))).toEqual([4, 1]);
  });

  test('a finished counting loop right before is not blamed', async () => {
    const source = 'let s = 0;\nfor (let i = 0; i < 3; i++) {\n  s += i;\n}\nwhile (true) {}';
    expect(at(await stopOf(source))).toEqual([5, 1]);
  });

  test('a loop whose condition never turns false, with calls inside', async () => {
    const source =
      'let x = 1;\nwhile (x > 0) {\n  x = Math.abs(x);\n}\nlet y = 0;\nwhile (y < 3) y++;';
    expect(at(await stopOf(source))).toEqual([2, 1]);
  });

  test('a helper with a short loop, called from an endless loop: the endless loop', async () => {
    const source =
      'function sum() {\n  let s = 0;\n  for (let i = 0; i < 50; i++) s += i;\n  return s;\n}\nwhile (true) {\n  sum();\n}';
    expect(at(await stopOf(source))).toEqual([6, 1]);
  });

  test('loop words in comments, strings, templates and regular expressions are not loops', async () => {
    const source = [
      '// while (true) {}',
      'const s = "for (;;) {";',
      'const r = /while \\(/;',
      `const t = \`\${s} do {\`;`,
      'while (true) {}',
    ].join('\n');
    expect(at(await stopOf(source))).toEqual([5, 1]);
  });

  test('columns count UTF-16 units after an emoji, as editors do', async () => {
    expect(at(await stopOf('const e = "😀"; while (true) {}'))).toEqual([1, 17]);
  });

  test('a runaway loop of sync calls still points at the call it stopped in', async () => {
    const error = await stopOf('let i = 0;\nwhile (true) { robot.drive(1, 1); }');
    expect(at(error)).toEqual([2, 16]);
  });
});
