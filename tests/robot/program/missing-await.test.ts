import { describe, expect, it } from 'vitest';
import { findMissingAwaits } from '../../../robot/program/missing-await.ts';

describe('findMissingAwaits', () => {
  it('finds the classic: a sensor read without await', () => {
    const source = 'let d = robot.distance();\nwhile (d > 18) {\n  await robot.forward(5);\n}\n';
    expect(findMissingAwaits(source)).toEqual([{ line: 1, column: 9, method: 'distance' }]);
  });

  it('finds moves and waits without await, and a promise passed to console.log', () => {
    const source = 'robot.forward(30);\nrobot.turn(90)\nconsole.log(robot.line());\nrobot.wait(5);';
    expect(findMissingAwaits(source).map((m) => [m.line, m.method])).toEqual([
      [1, 'forward'],
      [2, 'turn'],
      [3, 'line'],
      [4, 'wait'],
    ]);
  });

  it('accepts awaited, returned and then-ed calls, and calls that return at once', () => {
    const source = [
      'await robot.forward(10);',
      'const d = await robot . distance();',
      'async function look() { return robot.distance(); }',
      'robot.beep(440, 100).then(() => {});',
      'robot.drive(50, 50); robot.stop(); robot.led(true); robot.time();',
      'if ((await robot.line()).left) robot.stop();',
    ].join('\n');
    expect(findMissingAwaits(source)).toEqual([]);
  });

  it('ignores comments, strings and template text, but reads code in a placeholder', () => {
    const source = [
      '// robot.forward(10) in a comment',
      '/* robot.turn(90) */ const s = "robot.wait(1)" + \'robot.line()\';',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the student's template literal
      'console.log(`robot.distance() is ${robot.distance()} cm`);',
      'myrobot.forward(3); x.robot.turn(3);',
    ].join('\n');
    expect(findMissingAwaits(source)).toEqual([{ line: 3, column: 36, method: 'distance' }]);
  });
});
