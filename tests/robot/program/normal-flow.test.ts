import { beforeAll, describe, expect, test } from 'vitest';
import { createProgram } from '../../../robot/program/index.ts';
import type { CallResult } from '../../../robot/program/types.ts';
import { drive, failure, fakeHost, sharedQuickJS } from './helpers.ts';

beforeAll(async () => {
  await sharedQuickJS();
});

const ok = (value?: unknown): CallResult => ({ ok: true, value });

describe('robot calls', () => {
  test('queued calls reach the driver one at a time, in call order, each with its own result', async () => {
    const { calls, end, host } = await drive(
      `const beep = robot.beep(440, 100);
const turn = robot.turn(90);
const d = await robot.distance();
console.log('distance', d, await beep, await turn);`,
      { answer: (method) => ok(method === 'distance' ? 42 : method) },
    );
    expect(calls.map((call) => [call.method, call.args])).toEqual([
      ['beep', [440, 100]],
      ['turn', [90]],
      ['distance', []],
    ]);
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs).toEqual([{ level: 'log', text: 'distance 42 beep turn' }]);
  });

  test('top-level await drives a loop; done comes after the last call', async () => {
    const { calls, end } = await drive(
      `for (let i = 1; i <= 3; i++) {
  await robot.forward(i * 10);
}`,
    );
    expect(calls.map((call) => call.args[0])).toEqual([10, 20, 30]);
    expect(end).toEqual({ kind: 'done' });
  });

  test('results arrive typed: Infinity, objects, booleans, numbers, undefined', async () => {
    const answers: Record<string, unknown> = {
      distance: Infinity,
      line: { left: true, center: false, right: false },
      lineRaw: { left: 0.25, right: 0.75 },
      button: true,
      wait: undefined,
    };
    const { end, host } = await drive(
      `const d = await robot.distance();
const l = await robot.line();
const raw = await robot.lineRaw();
const b = await robot.button();
const w = await robot.wait(5);
console.log(d === Infinity, typeof l, l.left, l.center, raw.right, b === true, w === undefined);
l.left = 'changed';
console.log(l.left, Object.keys(l).join(','), JSON.stringify(raw));`,
      { answer: (method) => ok(answers[method]) },
    );
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs.map((log) => log.text)).toEqual([
      'true object true false 0.75 true true',
      'changed left,center,right {"left":0.25,"right":0.75}',
    ]);
  });

  test('non-JSON results (NaN, -0, nested Infinity) keep their value', async () => {
    const { host } = await drive(
      `const r = await robot.lineRaw();
console.log(r.left, Object.is(r.right, -0), r.nested.far, r.list);`,
      {
        answer: () =>
          ok({ left: Number.NaN, right: -0, nested: { far: Infinity }, list: [1, 'a'] }),
      },
    );
    expect(host.logs[0]?.text).toBe('NaN true Infinity [1, "a"]');
  });

  test('sync calls go to callSync at once and return its value', async () => {
    const host = fakeHost({ time: () => 777 });
    const { calls, end } = await drive(
      `robot.drive(50, -50);
const t = robot.time();
robot.led('red');
robot.stop();
await robot.wait(t);`,
      { host },
    );
    expect(host.syncCalls).toEqual([
      { method: 'drive', args: [50, -50] },
      { method: 'time', args: [] },
      { method: 'led', args: ['red'] },
      { method: 'stop', args: [] },
    ]);
    expect(calls).toEqual([{ method: 'wait', args: [777] }]);
    expect(end).toEqual({ kind: 'done' });
  });

  test('calls left queued when the program ends still reach the driver', async () => {
    const { calls, end } = await drive(`robot.forward(10);\nrobot.turn(90);`);
    expect(calls.map((call) => call.method)).toEqual(['forward', 'turn']);
    expect(end).toEqual({ kind: 'done' });
  });

  test('arguments become plain values: long strings cut, objects described, at most 8', async () => {
    const { calls } = await drive(
      `await robot.forward('x'.repeat(5000));
await robot.turn({ deg: 90 }, [1], () => 1, Symbol('s'), null, undefined, true, 10n, 'extra');`,
    );
    expect(calls[0]?.args).toEqual(['x'.repeat(1000)]);
    expect(calls[1]?.args).toEqual([
      '[object]',
      '[array]',
      '[function]',
      '[symbol]',
      null,
      undefined,
      true,
      '[bigint]',
    ]);
  });

  test('trackLines gives each call the line and column of robot.method', async () => {
    const { calls } = await drive(
      `const cm: number = 10;
  await robot.forward(cm as number);
for (let i = 0; i < 2; i++) { await robot.turn(90); }`,
      { language: 'ts', extra: { trackLines: true } },
    );
    expect(calls.map(({ method, line, column }) => [method, line, column])).toEqual([
      ['forward', 2, 9],
      ['turn', 3, 37],
      ['turn', 3, 37],
    ]);
  });

  test('without trackLines calls carry no position', async () => {
    const { calls } = await drive('await robot.forward(1);');
    expect(calls).toEqual([{ method: 'forward', args: [1] }]);
  });

  test('randomSeed makes Math.random deterministic', async () => {
    const run = async () =>
      (await drive('console.log(Math.random(), Math.random());', { extra: { randomSeed: 7 } })).host
        .logs[0]?.text;
    const first = await run();
    expect(first).toMatch(/^0\.\d+ 0\.\d+$/);
    expect(await run()).toBe(first);
  });

  test('start twice or resume while not waiting is a programming error', async () => {
    const run = createProgram({
      quickjs: await sharedQuickJS(),
      source: 'await robot.wait(1);',
      language: 'js',
      host: fakeHost(),
      now: () => performance.now(),
    });
    expect(() => run.resume(ok())).toThrow(/not waiting/);
    expect(run.start().kind).toBe('call');
    expect(() => run.start()).toThrow(/start\(\)/);
    expect(run.resume(ok())).toEqual({ kind: 'done' });
    expect(() => run.resume(ok())).toThrow(/not waiting/);
    run.dispose();
    run.dispose();
  });

  test('dispose while the program waits frees everything without throwing', async () => {
    const quickjs = await sharedQuickJS();
    for (let i = 0; i < 3; i++) {
      const run = createProgram({
        quickjs,
        source: 'const p = robot.beep(1, 1); await robot.forward(10); await p;',
        language: 'js',
        host: fakeHost(),
        now: () => performance.now(),
      });
      expect(run.start().kind).toBe('call');
      run.dispose();
      run.dispose();
    }
    expect((await drive('await robot.wait(1);')).end).toEqual({ kind: 'done' });
  });
  test('dispose from inside a host callback stops the program without throwing', async () => {
    let run: ReturnType<typeof createProgram> | undefined;
    const host = fakeHost({
      drive: () => {
        run?.dispose();
      },
    });
    run = createProgram({
      quickjs: await sharedQuickJS(),
      source: 'robot.drive(1, 1);\nconsole.log("after");\nawait robot.wait(1);',
      language: 'js',
      host,
      now: () => performance.now(),
    });
    const step = run.start();
    expect(step.kind === 'failed' && step.error.code).toBe('STOPPED');
    expect(host.logs).toEqual([]);
    expect(() => run?.resume(ok())).toThrow(/disposed/);
    run.dispose();
  });

  test('a host that throws (a bug, not a MekongError) gets its error back', async () => {
    const host = fakeHost();
    host.log = () => {
      throw new RangeError('log sink broken');
    };
    const run = createProgram({
      quickjs: await sharedQuickJS(),
      source: 'console.log(1);\nawait robot.wait(1);',
      language: 'js',
      host,
      now: () => performance.now(),
    });
    expect(() => run.start()).toThrow('log sink broken');
    run.dispose();
  });
});

describe('console', () => {
  test('formats like a browser console: strings bare, values compact', async () => {
    const { host } = await drive(`console.log('text', 42, -0, NaN, Infinity, true, null, undefined);
console.info({ a: 1, 'b c': 'x', nested: { deep: { deeper: { deepest: 1 } } } }, [1, [2, [3]]]);
console.warn(function named() {}, () => 1, Symbol('s'), 12n);
console.error(new TypeError('bad'), new Date(0));
console.log({ get secret() { throw new Error('never called'); } }, [,1]);
console.debug('debug goes to log');`);
    expect(host.logs).toEqual([
      { level: 'log', text: 'text 42 -0 NaN Infinity true null undefined' },
      {
        level: 'info',
        text: '{a: 1, "b c": "x", nested: {deep: {deeper: [Object]}}} [1, [2, [3]]]',
      },
      { level: 'warn', text: '[Function named] [Function] Symbol(s) 12n' },
      { level: 'error', text: 'TypeError: bad 1970-01-01T00:00:00.000Z' },
      { level: 'log', text: '{secret: [Getter]} [empty, 1]' },
      { level: 'log', text: 'debug goes to log' },
    ]);
  });

  test('a line is cut at 2000 characters', async () => {
    const { host } = await drive(`console.log('y'.repeat(10000));
console.log(Array(5000).fill('ab'));`);
    expect(host.logs[0]?.text).toBe(`${'y'.repeat(2000)}…`);
    expect(host.logs[1]?.text.length).toBeLessThanOrEqual(2001);
  });

  test('a program that prints more than 10 000 lines is stopped at its print, and cannot catch it', async () => {
    // A generous slice: this checks the output limit, not the time budget, on a busy machine.
    const { host, end } = await drive(
      'try {\n  for (let i = 0; i < 20000; i++) console.log(i);\n} catch (e) { console.log("caught"); }',
      { extra: { limits: { sliceMs: 20_000 } } },
    );
    const error = failure(end);
    expect(error.code).toBe('TOO_MUCH_OUTPUT');
    expect(error.params).toEqual({ lines: 10_000, chars: 1_000_000 });
    expect(error.line).toBe(2);
    expect(host.logs).toHaveLength(10_000);
    expect(host.logs.at(-1)?.text).toBe('9999');
  });

  test('the output is bounded in characters too', async () => {
    const { host, end } = await drive(
      "for (let i = 0; i < 100; i++) { console.log('z'.repeat(5000)); await robot.wait(1); }",
      { extra: { limits: { outputChars: 10_000 } } },
    );
    expect(failure(end).code).toBe('TOO_MUCH_OUTPUT');
    expect(failure(end).params).toEqual({ lines: 10_000, chars: 10_000 });
    // Lines are cut at 2000 characters (+ '…'): five of them fit in 10 000.
    expect(host.logs).toHaveLength(4);
  });
});
