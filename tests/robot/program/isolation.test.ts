import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { drive, failure, fakeHost, sharedQuickJS } from './helpers.ts';

/**
 * Escape attempts. Each must end failed (or be harmlessly contained) while the host stays
 * untouched: a sentinel global, Object.prototype, process.exit, and the next program.
 */

const hostGlobals = globalThis as { mekongSentinel?: { value: number } };
const exitSpy = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);

beforeAll(async () => {
  hostGlobals.mekongSentinel = { value: 42 };
  await sharedQuickJS();
});

afterEach(async () => {
  expect(hostGlobals.mekongSentinel).toEqual({ value: 42 });
  expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(exitSpy).not.toHaveBeenCalled();
  // The binding still works for the next program.
  const next = await drive(
    "robot.drive(1, 2);\nconst d = await robot.distance();\nconsole.log('next', d, [1, 2].length);",
    { answer: () => ({ ok: true, value: 7 }) },
  );
  expect(next.calls).toEqual([{ method: 'distance', args: [] }]);
  expect(next.host.syncCalls).toEqual([{ method: 'drive', args: [1, 2] }]);
  expect(next.host.logs).toEqual([{ level: 'log', text: 'next 7 2' }]);
  expect(next.end).toEqual({ kind: 'done' });
});

afterAll(() => {
  exitSpy.mockRestore();
  delete hostGlobals.mekongSentinel;
});

async function code(source: string, language: 'js' | 'ts' = 'js') {
  return failure((await drive(source, { language })).end).code;
}

async function notAllowed(source: string) {
  const error = failure((await drive(source)).end);
  return [error.code, error.params.feature];
}

describe('reaching the host', () => {
  // [test name, program, the feature NOT_ALLOWED names]
  test.each<[string, string, string]>([
    ["require('fs')", "const fs = require('fs');\nfs.writeFileSync('/tmp/x', 'y');", 'require'],
    ["import('fs')", "const fs = await import('fs');", 'import'],
    ["static import fs from 'fs'", "import fs from 'fs';\nfs.rmSync('/');", 'import'],
    ['process.exit()', 'process.exit(1);', 'process'],
    ['globalThis.process', 'globalThis.process.exit(1);', 'process'],
    ["Function('return this')().process", "Function('return this')().process.exit(1);", 'process'],
    [
      "robot.forward.constructor('return process')()",
      "robot.forward.constructor('return process')().exit(1);",
      'process',
    ],
    [
      'a host function constructor: robot.drive.constructor',
      "robot.drive.constructor('return require')()('fs');",
      'require',
    ],
    ["eval('process')", "eval('process').exit(1);", 'process'],
    ['fetch', "await fetch('http://example.com/');", 'fetch'],
    ['setTimeout', 'setTimeout(() => {}, 0);', 'setTimeout'],
  ])('%s', async (_name, source, feature) => {
    expect(await notAllowed(source), source).toEqual(['NOT_ALLOWED', feature]);
  });

  test("this.constructor.constructor('return process')()", async () => {
    // `this` is undefined at the top of a program (strict mode).
    expect(await code("this.constructor.constructor('return process')().exit(1);")).toBe(
      'RUNTIME_ERROR',
    );
  });

  test('window / document / globals that do not exist here', async () => {
    expect(await notAllowed('window.location = "x";')).toEqual(['NOT_ALLOWED', 'window']);
    const { host, end } = await drive(
      "console.log(typeof WebAssembly === 'undefined' ? 'no' : 'yes', Object.keys(globalThis).join(','));",
    );
    expect(failure(end).params.feature).toBe('WebAssembly');
    expect(host.logs).toEqual([]);
  });
});

describe('pollution', () => {
  test('Object.prototype pollution stays in the VM', async () => {
    const { end, host } = await drive(
      "Object.prototype.polluted = 1;\nconsole.log(({}).polluted, 'ok');\nawait robot.wait(1);",
    );
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs[0]?.text).toBe('1 ok');
  });

  test('robot and console cannot be replaced or extended', async () => {
    const { host, end } = await drive(`const tries = [
  () => { robot.forward = () => 'fake'; },
  () => { globalThis.robot = {}; },
  () => { delete globalThis.robot; },
  () => { robot.extra = 1; },
  () => { console.log = () => {}; },
  () => { Object.defineProperty(robot, 'turn', { value: 1 }); },
];
for (const attempt of tries) {
  try { attempt(); console.log('replaced!'); } catch (e) { console.log(e.name); }
}
await robot.forward(3);`);
    expect(host.logs.map((log) => log.text)).toEqual(Array(6).fill('TypeError'));
    expect(end).toEqual({ kind: 'done' });
  });

  test('polluted built-ins do not change how the binding works', async () => {
    const { calls, host, end } = await drive(
      `Array.prototype.push = null;
Array.prototype[Symbol.iterator] = function* () { yield 'evil'; };
Object.defineProperty(Object.prototype, 'left', { set() { throw new Error('setter ran'); }, configurable: true });
Object.defineProperty(Object.prototype, 'get', { value: () => 1, configurable: true });
Object.defineProperty(Object.prototype, 0, { set() { throw new Error('index setter ran'); }, configurable: true });
Promise.prototype.then = function () { throw new Error('then replaced'); };
Function.prototype.apply = Function.prototype.call = null;
String.prototype.slice = () => 'evil';
JSON.parse = () => ({ left: 'evil' });
const line = await robot.line();
console.log(line.left, line.right, { a: 1, 'b-c': 2 });
await robot.forward('z'.repeat(2000));`,
      {
        answer: (method) => ({
          ok: true,
          value: method === 'line' ? { left: true, right: false } : undefined,
        }),
      },
    );
    expect(host.logs[0]?.text).toBe('true false {a: 1, "b-c": 2}');
    expect(calls[1]?.args).toEqual(['z'.repeat(1000)]);
    expect(end).toEqual({ kind: 'done' });
  });
});

describe('resource exhaustion', () => {
  // [test name, program, the error code it ends with]
  test.each<[string, string, string]>([
    ['new Array(1e9).fill(0)', 'new Array(1e9).fill(0);', 'OUT_OF_MEMORY'],
    ['string doubling', "let s = 'ab';\nfor (;;) s = s + s + s.length;", 'OUT_OF_MEMORY'],
    ['while (true) {}', 'while (true) {}', 'NEVER_WAITS'],
    ['while (true) { robot.drive(1, 1) }', 'while (true) { robot.drive(1, 1); }', 'NEVER_WAITS'],
    ['infinite recursion', 'const f = () => f();\nf();', 'TOO_DEEP'],
    ['await new Promise(() => {})', 'await new Promise(() => {});', 'WAITS_FOREVER'],
  ])('%s', async (_name, source, expected) => {
    expect(await code(source), source).toBe(expected);
  });
});

describe('hostile arguments', () => {
  test('a getter bomb passed as an argument is described, never read', async () => {
    const { calls, host, end } = await drive(`let touched = 0;
const bomb = {};
for (const key of ['valueOf', 'toString', 'toJSON', 'then', 'length', '0', 'left']) {
  Object.defineProperty(bomb, key, { get() { touched++; for (;;) {} } });
}
await robot.forward(bomb);
robot.drive(bomb, new Proxy({}, { get() { for (;;) {} } }));
console.log('touched', touched);`);
    expect(calls[0]?.args).toEqual(['[object]']);
    expect(host.syncCalls[0]?.args).toEqual(['[object]', '[object]']);
    expect(host.logs[0]?.text).toBe('touched 0');
    expect(end).toEqual({ kind: 'done' });
  });

  test('a huge string argument is cut to 1000 characters', async () => {
    const host = fakeHost();
    const { calls } = await drive(
      "const huge = 'x'.repeat(20_000_000);\nrobot.led(huge);\nawait robot.beep(huge, huge);",
      { host },
    );
    expect(host.syncCalls[0]?.args).toEqual(['x'.repeat(1000)]);
    expect(calls[0]?.args).toEqual(['x'.repeat(1000), 'x'.repeat(1000)]);
  });

  test('Symbol and Proxy tricks on console.log arguments are contained', async () => {
    const { host, end } =
      await drive(`const loopTrap = new Proxy({}, { ownKeys() { for (;;) {} } });
const throwing = new Proxy({}, { getPrototypeOf() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
const toPrim = { [Symbol.toPrimitive]() { throw new Error('prim'); }, toString() { throw new Error('str'); } };
console.log(Symbol('s'), Symbol.iterator, throwing, proxy, toPrim, { [Symbol('k')]: 1 });
console.log('after');
console.log(loopTrap);`);
    expect(host.logs.map((log) => log.text)).toEqual([
      'Symbol(s) Symbol(Symbol.iterator) [unprintable] [unprintable] {toString: [Function toString]} {}',
      'after',
    ]);
    expect(failure(end).code).toBe('NEVER_WAITS');
  });
});
