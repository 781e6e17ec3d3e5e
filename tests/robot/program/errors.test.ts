import { beforeAll, describe, expect, test } from 'vitest';
import { MekongError } from '../../../robot/errors.ts';
import type { CodedText } from '../../../robot/i18n/catalog.ts';
import { phrase } from '../../../robot/i18n/localize.ts';
import { MAX_SOURCE_CHARS } from '../../../robot/program/index.ts';
import type { CallResult } from '../../../robot/program/types.ts';
import type { AsyncMethod } from '../../../robot/robot.ts';
import { drive, failure, fakeHost, sharedQuickJS } from './helpers.ts';

beforeAll(async () => {
  await sharedQuickJS();
});

const partMissing = (method: string) =>
  new MekongError('PART_MISSING', { kit: 'mbot', part: 'servo', method });

/** Every `servo` call fails with PART_MISSING; everything else succeeds. */
const noServo = (method: AsyncMethod): CallResult =>
  method === 'servo' ? { ok: false, error: partMissing(method) } : { ok: true, value: undefined };

function where(error: MekongError) {
  return { code: error.code, line: error.line, column: error.column, params: error.params };
}

/**
 * Runs `source` and expects it to fail with `code` at `line`:`column`, the error's parameters
 * saying the same place and `detail` (the engine's message, worded for the student).
 */
async function expectFailureAt(
  source: string,
  language: 'js' | 'ts',
  code: string,
  [line, column]: [number, number],
  detail: CodedText,
) {
  const error = failure((await drive(source, { language })).end);
  expect(where(error), source).toEqual({ code, line, column, params: { line, column, detail } });
}

describe('programs the compiler refuses before running', () => {
  test('a TypeScript namespace or module is named at its line, not dropped', async () => {
    const source = 'const a = 1;\nnamespace NS {\n  export const b = 2;\n}\nconsole.log(NS.b);\n';
    const error = failure((await drive(source, { language: 'ts' })).end);
    expect(where(error)).toEqual({
      code: 'TS_NOT_SUPPORTED',
      line: 2,
      column: 1,
      params: { line: 2, feature: 'namespace' },
    });
    const module = failure((await drive('export module M {}\n', { language: 'ts' })).end);
    expect(module.params).toEqual({ line: 1, feature: 'module' });
  });

  test('types-only namespaces and the word namespace elsewhere are fine', async () => {
    const source =
      'declare namespace Types { const x: number; }\nconst namespace = 3;\nconsole.log(namespace);\n';
    const { end, host } = await drive(source, { language: 'ts' });
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs[0]?.text).toBe('3');
  });

  test('a program over MAX_SOURCE_CHARS is refused before compiling', async () => {
    const source = `// ${'x'.repeat(MAX_SOURCE_CHARS)}\n`;
    const error = failure((await drive(source, { language: 'ts' })).end);
    expect(error.code).toBe('PROGRAM_TOO_LARGE');
    expect(error.params).toEqual({ chars: source.length, limit: MAX_SOURCE_CHARS });
  });
});

describe('syntax errors', () => {
  test('JS syntax error: QuickJS position on the student line', async () => {
    await expectFailureAt(
      'let a = 1;\nlet b = (a + ;\n',
      'js',
      'SYNTAX_ERROR',
      [2, 14],
      phrase('jsUnexpectedInExpression', { token: ';' }),
    );
  });

  test('JS syntax error on line 1 is not shifted by the async wrapper', async () => {
    const error = failure((await drive('let b = (a + ;')).end);
    expect([error.line, error.column]).toEqual([1, 14]);
  });

  test('TS syntax error: sucrase position', async () => {
    await expectFailureAt(
      'const a: number = 1;\nconst b: = 2;\n',
      'ts',
      'SYNTAX_ERROR',
      [2, 10],
      phrase('jsUnexpectedToken'),
    );
  });

  test('TS error that only QuickJS sees maps back through the source map', async () => {
    const { end } = await drive('const a: number = 1;\nlet x: string = "";\nlet x: number = 2;\n', {
      language: 'ts',
    });
    const error = failure(end);
    // QuickJS reports the token after the name (the `=`, column 7 of the JS `let x = 2;`),
    // which is column 15 once `: number` is put back.
    expect([error.code, error.line, error.column]).toEqual(['SYNTAX_ERROR', 3, 15]);
  });
});

describe('runtime errors', () => {
  test('TS runtime error on a line with type annotations points at the right column', async () => {
    await expectFailureAt(
      `const speed: number = 50;
const reading: { left: boolean } | null = null;
const value: boolean = (reading as any).left;`,
      'ts',
      'RUNTIME_ERROR',
      [3, 40],
      phrase('jsCannotRead', { property: 'left', value: 'null' }),
    );
  });

  test('ReferenceError names the missing variable at its position', async () => {
    await expectFailureAt(
      'const x = 1;\nconst y = x + missing;\n',
      'js',
      'RUNTIME_ERROR',
      [2, 15],
      phrase('jsNotDefined', { name: 'missing' }),
    );
  });

  test("the engine's common messages read in the student's language, English as before", async () => {
    const cases: [string, 'js' | 'ts', string, RegExp, RegExp][] = [
      [
        'let n = y + 1;',
        'js',
        "ReferenceError: 'y' is not defined",
        /chưa có gì tên là 'y'/,
        /ບໍ່ມີຫຍັງຊື່ 'y'/,
      ],
      [
        'await robot.fowrard(1);',
        'js',
        'the robot has no "fowrard"',
        /robot không có "fowrard"/,
        /ຫຸ່ນຍົນບໍ່ມີ "fowrard"/,
      ],
      [
        'let o;\no.x;',
        'js',
        "cannot read property 'x' of undefined",
        /không đọc được 'x'/,
        /ອ່ານ 'x' ບໍ່ໄດ້/,
      ],
      ['let a = [1, 2;', 'js', "expecting ']'", /thiếu '\]'/, /ຂາດ '\]'/],
      ['let a = [1, 2;', 'ts', 'Unexpected token, expected ","', /ở đây cần ","/, /ຕ້ອງມີ ","/],
      [
        'const s = "abc;',
        'ts',
        'Unterminated string constant',
        /chuỗi chưa được đóng/,
        /ຂໍ້ຄວາມຍັງບໍ່ປິດ/,
      ],
    ];
    for (const [source, language, en, vi, lo] of cases) {
      const error = failure((await drive(source, { language })).end);
      expect(error.text('en').message, source).toContain(en);
      expect(error.text('vi').message, source).toMatch(vi);
      expect(error.text('lo').message, source).toMatch(lo);
    }
  });

  test('an engine message no rule knows is shown as the engine wrote it', async () => {
    const error = failure((await drive('null.f = (1).toFixed(500);')).end);
    expect(error.code).toBe('RUNTIME_ERROR');
    expect(typeof error.params.detail).toBe('string');
  });

  test('error inside a function reports the innermost student frame', async () => {
    const error = failure((await drive('function f(o) {\n  return o.x.y;\n}\nf({});\n')).end);
    expect([error.code, error.line, error.column]).toEqual(['RUNTIME_ERROR', 2, 13]);
  });

  test('calling a non-function points at the callee', async () => {
    const error = failure((await drive('const o = {};\n  o.go(1);\n')).end);
    expect([error.code, error.line, error.column]).toEqual(['RUNTIME_ERROR', 2, 3]);
  });

  test('columns count like an editor (UTF-16) after Lao, Vietnamese and emoji text', async () => {
    const cases = [
      ["const s = 'Xin chào ເລີ່ມ 😀'; missing();", 'js'],
      ["const s: string = '😀😀'; missing();", 'ts'],
      ["const s = '😀';\r\nconst t = 1; missing();", 'js'],
    ] as const;
    for (const [source, language] of cases) {
      const error = failure((await drive(source, { language })).end);
      const line = source.split(/\r?\n/).findIndex((text) => text.includes('missing'));
      const column = (source.split(/\r?\n/)[line] ?? '').indexOf('missing') + 1;
      expect([error.line, error.column]).toEqual([line + 1, column]);
    }
  });

  test('a thrown non-Error value is reported', async () => {
    const error = failure((await drive('await robot.wait(1);\nthrow { reason: 42 };')).end);
    expect(error.code).toBe('RUNTIME_ERROR');
    expect(error.params.detail).toBe('uncaught {reason: 42}');
    const text = failure((await drive("throw 'oops';")).end);
    expect(text.params.detail).toBe('uncaught "oops"');
  });
});

describe('robot call errors', () => {
  test('an uncaught rejected call fails with the same code and params at the call', async () => {
    const { end, calls } = await drive('await robot.forward(10);\n  await robot.servo(90);\n', {
      answer: noServo,
    });
    expect(calls.map((call) => call.method)).toEqual(['forward', 'servo']);
    const error = failure(end);
    expect(where(error)).toEqual({
      code: 'PART_MISSING',
      line: 2,
      column: 9,
      params: { kit: 'mbot', part: 'servo', method: 'servo' },
    });
    expect(error.message).toBe(partMissing('servo').message);
  });

  test('a caught call error lets the program continue; the VM error has code and message', async () => {
    const { end, host, calls } = await drive(
      `try {
  await robot.servo(90);
} catch (e) {
  console.log(e.code, e.message === ${JSON.stringify(partMissing('servo').message)}, e instanceof Error);
}
await robot.forward(5);`,
      { answer: noServo },
    );
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs[0]?.text).toBe('PART_MISSING true true');
    expect(calls.map((call) => call.method)).toEqual(['servo', 'forward']);
  });

  test('.catch() and Promise.all count as handling a failed call', async () => {
    const { end, host } = await drive(
      `const a = await robot.servo(90).catch((e) => 'caught ' + e.code);
let b;
try { await Promise.all([robot.forward(1), robot.servo(10)]); } catch (e) { b = e.code; }
console.log(a, b);`,
      { answer: noServo },
    );
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs[0]?.text).toBe('caught PART_MISSING PART_MISSING');
  });

  test('a failed call nobody awaits fails the program (with its line when tracked)', async () => {
    const { end } = await drive(
      'robot.servo(90);\nawait robot.forward(5);\nawait robot.forward(6);',
      {
        answer: noServo,
        extra: { trackLines: true },
      },
    );
    expect(where(failure(end))).toMatchObject({ code: 'PART_MISSING', line: 1, column: 1 });
  });

  test('a sync call that throws gives a catchable error with .code', async () => {
    const host = fakeHost({
      led: ([state]) => {
        throw new MekongError('BAD_ARGUMENT', {
          method: 'led',
          expected: 'true, false or a colour',
          value: String(state),
          example: "led('red')",
        });
      },
    });
    const caught = await drive(
      "try { robot.led('purple'); } catch (e) { console.log(e.code); }\nrobot.stop();",
      { host },
    );
    expect(caught.end).toEqual({ kind: 'done' });
    expect(caught.host.logs[0]?.text).toBe('BAD_ARGUMENT');
    const uncaught = await drive("robot.drive(1, 1);\n   robot.led('purple');\n", { host });
    expect(where(failure(uncaught.end))).toMatchObject({
      code: 'BAD_ARGUMENT',
      line: 2,
      column: 4,
    });
    expect(failure(uncaught.end).params.value).toBe('purple');
  });

  test('a program that waits for something else than the robot fails with WAITS_FOREVER', async () => {
    const { end } = await drive('await robot.wait(1);\nawait new Promise(() => {});');
    expect(failure(end).code).toBe('WAITS_FOREVER');
  });
});

describe('not allowed', () => {
  test.each([
    ["const a = 1;\n  import fs from 'fs';\n", 'js', 'import', 2, 3],
    ["const a: number = 1;\nimport { readFile } from 'fs';\n", 'ts', 'import', 2, 1],
    ['export const a = 1;\n', 'js', 'export', 1, 1],
    ['export const a: number = 1;\n', 'ts', 'export', 1, 1],
    ["const a = 1;\nconst fs = require('fs');\n", 'js', 'require', 2, 12],
    ['const a = 1;\nprocess.exit(1);\n', 'js', 'process', 2, 1],
    ['setTimeout(() => {}, 10);\n', 'js', 'setTimeout', 1, 1],
    ["await fetch('http://example.com');\n", 'js', 'fetch', 1, 7],
    ['document.body;\n', 'js', 'document', 1, 1],
  ] as const)('%j → NOT_ALLOWED', async (source, language, feature, line, column) => {
    const error = failure((await drive(source, { language })).end);
    expect(where(error)).toEqual({ code: 'NOT_ALLOWED', line, column, params: { feature } });
  });

  test("dynamic import('fs') is NOT_ALLOWED", async () => {
    const error = failure((await drive("await import('fs');")).end);
    expect([error.code, error.params.feature]).toEqual(['NOT_ALLOWED', 'import']);
  });
});
