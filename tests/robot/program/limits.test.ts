import { beforeAll, describe, expect, test } from 'vitest';
import { MekongError } from '../../../robot/errors.ts';
import { type CallResult, createProgram } from '../../../robot/program/index.ts';
import { drive, failure, fakeHost, sharedQuickJS } from './helpers.ts';

beforeAll(async () => {
  await sharedQuickJS();
});

/** The module still runs an ordinary program afterwards. */
async function stillWorks() {
  const { calls, end } = await drive('await robot.forward(1);\nconsole.log("ok");');
  expect(calls).toEqual([{ method: 'forward', args: [1] }]);
  expect(end).toEqual({ kind: 'done' });
}

/**
 * Runs `source` with a 100 ms budget; each robot call takes 90 ms on the injected clock
 * and ends with `result`. Returns the last step.
 */
async function with90msSlices(source: string, result: CallResult) {
  let clock = 0;
  const run = createProgram({
    quickjs: await sharedQuickJS(),
    source,
    language: 'js',
    host: fakeHost(),
    now: () => clock,
    limits: { sliceMs: 100 },
  });
  try {
    let step = run.start();
    while (step.kind === 'call') {
      clock += 90; // the call takes 90 ms: no slice's time, unless the call was refused
      step = run.resume(result);
    }
    return step;
  } finally {
    run.dispose();
  }
}

describe('time budget', () => {
  test.each([
    ['a busy loop', 'let i = 0;\nwhile (true) { i++; }'],
    ['a loop of sync calls', 'while (true) { robot.drive(50, 50); }'],
    ['a busy loop after some awaits', 'await robot.wait(1);\nawait robot.wait(1);\nfor (;;) {}'],
    [
      'a busy loop in a job',
      'Promise.resolve().then(() => { for (;;) {} });\nawait robot.wait(1);',
    ],
  ])('%s is stopped with NEVER_WAITS when its clock passes the budget', async (_, source) => {
    // A clock that moves 50 ms at every reading: the budget is measured on it, so the test
    // waits for the stop itself, whatever else the machine is doing.
    let clock = 0;
    const { end } = await drive(source, { extra: { now: () => (clock += 50) } });
    const error = failure(end);
    expect(error.code).toBe('NEVER_WAITS');
    expect(error.params).toEqual({ ms: 500 });
    expect(clock).toBeGreaterThanOrEqual(500);
    expect(clock).toBeLessThan(5000);
    await stillWorks();
  });

  test('try/catch/finally cannot swallow the stop', async () => {
    const { end, host } = await drive(
      'try { for (;;) {} } catch (e) { console.log("caught"); } finally { console.log("finally"); }\nawait robot.wait(1);',
    );
    expect(failure(end).code).toBe('NEVER_WAITS');
    expect(host.logs).toEqual([]);
  });

  test('NEVER_WAITS points at the sync call inside the loop', async () => {
    const error = failure((await drive('let i = 0;\nwhile (true) { robot.drive(1, 1); }')).end);
    expect([error.line, error.column]).toEqual([2, 16]);
  });

  test('a slow start (compiling, installing the binding) does not count against the program', async () => {
    // A loaded machine: every clock reading is 600 ms after the one before, so the first
    // slice is over its 500 ms budget before the student's first line runs.
    let clock = 0;
    const run = createProgram({
      quickjs: await sharedQuickJS(),
      source: 'let sum = 0;\nfor (let i = 0; i < 3; i++) sum += i;\nawait robot.wait(1);',
      language: 'ts',
      host: fakeHost(),
      now: () => {
        clock += 600;
        return clock;
      },
    });
    let step = run.start();
    while (step.kind === 'call') step = run.resume({ ok: true, value: undefined });
    expect(step).toEqual({ kind: 'done' });
  });

  test("compiling a program does not use up its first slice's budget", async () => {
    // Compiling took 600 ms (a cold start on a loaded machine); the loop itself is quick.
    const readings = [0];
    const run = createProgram({
      quickjs: await sharedQuickJS(),
      source: 'let sum = 0;\nfor (let i = 0; i < 100000; i++) sum += i;\nawait robot.wait(1);',
      language: 'ts',
      host: fakeHost(),
      now: () => {
        const last = readings.at(-1) as number;
        readings.push(readings.length === 1 ? last + 600 : last + 1);
        return last;
      },
    });
    let step = run.start();
    while (step.kind === 'call') step = run.resume({ ok: true, value: undefined });
    expect(step).toEqual({ kind: 'done' });
    expect(readings.length).toBeGreaterThan(4); // the loop was polled
  });

  test('the budget is per slice between yields, measured with the injected clock', async () => {
    const source = 'for (let i = 0; i < 5; i++) { await robot.wait(1); }';
    expect(await with90msSlices(source, { ok: true, value: undefined })).toEqual({ kind: 'done' });
  });

  test('a slow clock and a small sliceMs interrupt earlier', async () => {
    let clock = 0;
    const { end } = await drive('for (;;) {}', {
      extra: { now: () => (clock += 1), limits: { sliceMs: 50 } },
    });
    expect(failure(end).params).toEqual({ ms: 50 });
  });
});

describe('failed robot calls', () => {
  const refusal = (refused: boolean): CallResult => ({
    ok: false,
    error: new MekongError('BAD_ARGUMENT', {
      method: 'forward',
      expected: 'a number',
      value: '"a"',
      example: 'forward(20)',
    }),
    refused,
  });

  test.each([
    ['robot.forward("a")', 'while (true) { try { await robot.forward("a"); } catch (e) {} }'],
    ['robot.wait(-5), caught', 'for (;;) { await robot.wait(-5).catch((e) => e.code); }'],
  ])(
    'a loop on a refused call %s is stopped with NEVER_WAITS: a refusal is no wait',
    async (_, source) => {
      // The clock moves 1 ms per reading: the budget runs out after some hundred refusals.
      let clock = 0;
      const { calls, end } = await drive(source, {
        answer: () => refusal(true),
        extra: { now: () => (clock += 1) },
        maxCalls: 100_000,
      });
      expect(failure(end).code).toBe('NEVER_WAITS');
      expect(failure(end).params).toEqual({ ms: 500 });
      expect(calls.length).toBeGreaterThan(1);
    },
  );

  test('a call that failed after the robot spent time on it ends the slice as any call does', async () => {
    const source = 'for (let i = 0; i < 5; i++) { try { await robot.forward(10); } catch (e) {} }';
    expect(await with90msSlices(source, refusal(false))).toEqual({ kind: 'done' });
    expect(failure(await with90msSlices(source, refusal(true))).code).toBe('NEVER_WAITS');
  });

  test('a few refused calls cost the program only the time they took', async () => {
    const source = 'for (let i = 0; i < 5; i++) { try { await robot.forward("a"); } catch (e) {} }';
    const { end } = await drive(source, { answer: () => refusal(true) });
    expect(end).toEqual({ kind: 'done' });
  });

  test('the runner keeps the latest 1000 robot errors: an older one rethrown is a runtime error', async () => {
    const program = (rethrown: number) => `const errors = [];
for (let i = 0; i < 1100; i++) { try { await robot.forward("a"); } catch (e) { errors.push(e); } }
throw errors[${rethrown}];`;
    const latest = failure((await drive(program(1099), { answer: () => refusal(false) })).end);
    expect(latest.code).toBe('BAD_ARGUMENT');
    expect(latest.line).toBe(2);
    const oldest = failure((await drive(program(0), { answer: () => refusal(false) })).end);
    expect(oldest.code).toBe('RUNTIME_ERROR');
    expect(String(oldest.params.detail)).toContain('robot.forward() needs a number');
  });
});

describe('memory', () => {
  test.each([
    ['a huge array', 'new Array(1e9).fill(0);'],
    ['string doubling', "let s = 'x';\nwhile (true) s += s;"],
    ['a growing list', 'const all = [];\nwhile (true) all.push(new Float64Array(100000));'],
  ])('%s fails with OUT_OF_MEMORY, cleanly', async (_, source) => {
    const { end } = await drive(source, { extra: { limits: { memoryBytes: 16 * 1024 * 1024 } } });
    const error = failure(end);
    expect(error.code).toBe('OUT_OF_MEMORY');
    expect(error.params).toEqual({ limitMb: 16 });
    await stillWorks();
  });

  test('the default limit is 64 MiB', async () => {
    const error = failure((await drive('new Array(1e9).fill(0);')).end);
    expect(error.params).toEqual({ limitMb: 64 });
  });

  test('a program that catches out-of-memory and goes on is contained', async () => {
    const { end, host } = await drive(
      'try { new Array(1e9).fill(0); } catch (e) { console.log(e.message); }\nawait robot.wait(1);',
    );
    expect(end).toEqual({ kind: 'done' });
    expect(host.logs[0]?.text).toBe('out of memory');
  });
});

describe('stack depth', () => {
  test.each([
    ['plain recursion', 'function f(n) { return f(n + 1) + 1; }\nf(0);'],
    ['recursion through a getter', 'const o = { get x() { return this.x; } };\no.x;'],
    ['recursion through toString', "const o = { toString() { return '' + o; } };\n'' + o;"],
    ['recursion through map', 'function f() { return [1].map(f); }\nf();'],
    ['async recursion', 'async function f() { await f(); }\nawait f();'],
    ['deeply nested eval', `eval('${'('.repeat(50000)}1${')'.repeat(50000)}');`],
    [
      'JSON.stringify of a deep array',
      'let a = [];\nfor (let i = 0; i < 100000; i++) a = [a];\nJSON.stringify(a);',
    ],
  ])('%s fails with TOO_DEEP and the module stays usable', async (_, source) => {
    // The slice's clock stands still: on a loaded machine, building 100 000 arrays could
    // otherwise outlast the slice and end with NEVER_WAITS before the depth is reached.
    const { end } = await drive(source, { extra: { now: () => 0 } });
    expect(failure(end).code).toBe('TOO_DEEP');
    await stillWorks();
  });

  test.each(['js', 'ts'] as const)(
    'deeply nested %s source is worded as nesting (TOO_NESTED), not recursion',
    async (language) => {
      const source = `const x = ${'('.repeat(50000)}1${')'.repeat(50000)};`;
      const error = failure((await drive(source, { language })).end);
      expect(error.code).toBe('TOO_NESTED');
      expect(error.message).toContain('nests');
      await stillWorks();
    },
  );

  test('ordinary recursion a few hundred deep works', async () => {
    const { host } = await drive(
      'function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }\nconsole.log(sum(500));',
    );
    expect(host.logs[0]?.text).toBe('125250');
  });
});

describe('cleanliness', () => {
  test('hundreds of programs of every ending leave the module as they found it', async () => {
    const endings = [
      'await robot.forward(1);',
      'let a = ;',
      'missing();',
      'await new Promise(() => {});',
      'process.exit(1);',
      'function f() { return f(); }\nf();',
      'new Array(1e9).fill(0);',
      "throw 'up';",
      'const p = robot.beep(1, 1);\nawait robot.forward(1);',
    ];
    const memory = (await sharedQuickJS()).getWasmMemory();
    const runAll = async () => {
      for (const source of endings) await drive(source);
    };
    for (let i = 0; i < 10; i++) await runAll();
    const warm = memory.buffer.byteLength;
    for (let i = 0; i < 40; i++) await runAll();
    expect(memory.buffer.byteLength).toBe(warm);
    // 450 programs: about 15 s alone, twice that beside other test files on 2 cores. The
    // limit is no speed target (that is `npm run bench`), only a guard against a hang.
  }, 120_000);
});
