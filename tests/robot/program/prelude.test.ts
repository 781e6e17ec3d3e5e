import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';
import { MekongError } from '../../../robot/errors.ts';
import * as normalRunner from '../../../robot/program/index.ts';
import {
  MAILBOX,
  PRELUDE_CONSTANTS,
  PRELUDE_PARTS,
  PRELUDE_SOURCE,
} from '../../../robot/program/prelude/index.ts';
import { installPrelude } from '../../../robot/program/prelude/install.ts';
import { createVm, releaseVm } from '../../../robot/program/vm.ts';
import { drive, failure, fakeHost, sharedQuickJS } from './helpers.ts';

/**
 * The prelude reaches QuickJS as the source text of its VM-side functions: each must stand
 * alone, read the mailbox through the one layout the host reads, and survive a minifier.
 */

const vmSide = { installPrelude, ...PRELUDE_PARTS };

const missing = (method: string) => ({ kit: 'test-kit', part: 'buzzer', method });

/** Free identifiers of a function's source: TypeScript with no lib resolves none of them. */
function freeIdentifiers(source: string): string[] {
  const file = 'part.js';
  const host = ts.createCompilerHost({});
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === file
      ? ts.createSourceFile(file, `(${source});`, ts.ScriptTarget.ES2022)
      : getSourceFile(name, version);
  const options = { allowJs: true, checkJs: true, noLib: true, noResolve: true, types: [] };
  const program = ts.createProgram([file], options, host);
  const names = program
    .getSemanticDiagnostics(program.getSourceFile(file))
    .filter((d) => d.code === 2304 || d.code === 2552) // "Cannot find name 'x'"
    .map((d) => /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'))?.[1]);
  return [...new Set(names)].filter((name): name is string => name !== undefined).sort();
}

test('VM-side functions use only their parameters; only captureIntrinsics names intrinsics', () => {
  const intrinsics = ['Array', 'Date', 'Error', 'Function', 'JSON', 'Math', 'Object'];
  intrinsics.push('Promise', 'Reflect', 'String', 'WeakMap', 'WeakSet', 'globalThis');
  for (const [name, part] of Object.entries(vmSide)) {
    const allowed = name === 'captureIntrinsics' ? intrinsics : [];
    for (const free of freeIdentifiers(part.toString())) {
      expect(allowed, `${name} uses the free identifier ${free}`).toContain(free);
    }
  }
});

test('the free-identifier check sees a reference to a module-level name', () => {
  expect(freeIdentifiers('function part(a) { return helper(a) + a; }')).toEqual(['helper']);
});

test('the VM side has no template literal: QuickJS runs one as String.prototype.concat', () => {
  for (const [name, part] of Object.entries(vmSide))
    expect(part.toString(), name).not.toContain('${');
});

test("a student's String.prototype.concat changes nothing the binding says", async () => {
  const { host, end } = await drive(
    `String.prototype.concat = () => 'evil';
console.log(1n, [1, { 'a-b': new Date(0) }], function named() {}, new Error('e'), 'x'.repeat(2001));
try { process; } catch (error) { console.log(error.message); }
robot.led(1);`,
    {
      host: fakeHost({
        led: () => {
          throw new MekongError('PART_MISSING', missing('led'));
        },
      }),
    },
  );
  const line = `1n [1, {"a-b": 1970-01-01T00:00:00.000Z}] [Function named] Error: e ${'x'.repeat(2001)}`;
  expect(host.logs[0]?.text).toBe(`${line.slice(0, 2000)}…`);
  expect(failure(end).code).toBe('PART_MISSING');
  expect(host.logs[1]?.text).toBe('"process" is not available in robot programs.');
});

test('the VM side reads the mailbox through the layout only, never a literal index', () => {
  for (const [name, part] of Object.entries(vmSide)) {
    expect(part.toString(), name).not.toMatch(/\b(box|b)\s*\[\s*\d/);
  }
  expect(PRELUDE_CONSTANTS.mailbox).toBe(MAILBOX);
  expect(PRELUDE_SOURCE).toContain(JSON.stringify(PRELUDE_CONSTANTS));
});

test("the VM's mailbox has MAILBOX's getters and slots", async () => {
  const quickjs = await sharedQuickJS();
  const vm = createVm(
    quickjs,
    { memoryBytes: 16 << 20, trackLines: false, randomSeed: undefined, simulatedTime: true },
    {
      interrupt: () => false,
      callSync: () => ({ error: vm.context.undefined }),
      flush: () => vm.context.undefined,
      log: () => vm.context.true,
    },
  );
  try {
    const { context } = vm;
    const layout = context.unwrapResult(
      context.evalCode(
        // Descriptors only: reading a getter slot would settle a call.
        `(box) => JSON.stringify(Object.getOwnPropertyNames(box).map((key) => {
          const d = Object.getOwnPropertyDescriptor(box, key);
          return [Number(key), typeof d.get, d.value ?? null];
        }))`,
      ),
    );
    const text = context.unwrapResult(context.callFunction(layout, context.undefined, vm.api.box));
    const slots = new Map(
      (JSON.parse(context.getString(text)) as [number, string, unknown][]).map(([k, ...v]) => [
        k,
        v,
      ]),
    );
    text.dispose();
    layout.dispose();
    for (const key of ['status', 'settle', 'settleJson', 'settleUndefined', 'settleShape'] as const)
      expect(slots.get(MAILBOX[key])?.[0], key).toBe('function');
    expect(slots.get(MAILBOX.mainState)).toEqual(['undefined', 0]);
    expect(slots.get(MAILBOX.deferredCount)).toEqual(['undefined', 0]);
    expect(slots.get(MAILBOX.overdue)).toEqual(['undefined', false]);
    for (const key of ['code', 'args', 'site', 'failure', 'value', 'thrown', 'fields'] as const)
      expect(slots.get(MAILBOX[key]), key).toEqual(['undefined', null]);
  } finally {
    releaseVm(vm);
  }
});

// --- the runner minified, as a production build ships it ---

const root = fileURLToPath(new URL('../../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mekong-prelude-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Runner = typeof normalRunner & { MekongError: typeof MekongError };

async function minifiedRunner(): Promise<{ runner: Runner; code: string }> {
  const bundle = await build({
    stdin: {
      contents: `export * from './robot/program/index.ts';
export { MekongError } from './robot/errors.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const file = join(scratch, 'runner.min.mjs');
  writeFileSync(file, code);
  return { runner: await import(pathToFileURL(file).href), code };
}

const PROGRAMS = [
  `Array.prototype.push = null;
String.prototype.concat = () => 'evil';
Object.defineProperty(Object.prototype, 'left', { set() { throw new Error('setter ran'); }, configurable: true });
Promise.prototype.then = function () { throw new Error('then replaced'); };
String.prototype.slice = () => 'evil';
const line = await robot.line();
console.log(line, { a: [1, 'b'], d: new Date(0) }, Math.random(), Date.now(), robot.forward.name);
robot.drive(10, 10); robot.drive(10, 10); robot.drive(20, 10); robot.drive(20, 10); robot.stop(); robot.stop();
await robot.forward('z'.repeat(2000));
console.log(robot.time(), await robot.distance());`,
  'await robot.beep(1, 1);',
  'robot.beep(1, 1).catch(() => {}); await robot.wait(1);',
  'process.exit(1);',
  'robot.led(7);',
  'const f = () => f();\nf();',
];

async function runAll(runner: Runner) {
  const quickjs = await sharedQuickJS();
  const results: unknown[] = [];
  for (const source of PROGRAMS) {
    const host = fakeHost({
      led: () => {
        throw new runner.MekongError('PART_MISSING', missing('led'));
      },
    });
    const run = runner.createProgram({
      quickjs,
      source,
      language: 'js',
      host,
      now: () => 0,
      trackLines: true,
      randomSeed: 7,
      simulatedTime: true,
    });
    const calls: unknown[] = [];
    let step = run.start();
    while (step.kind === 'call') {
      calls.push(step);
      const fails = step.method === 'beep';
      step = run.resume(
        fails
          ? { ok: false, error: new runner.MekongError('PART_MISSING', missing('beep')) }
          : { ok: true, value: step.method === 'line' ? { left: true, right: false } : 12 },
      );
    }
    run.dispose();
    const end = step.kind === 'failed' ? { ...step.error, message: step.error.message } : step;
    results.push({ calls, logs: host.logs, sync: host.syncCalls, end });
  }
  return results;
}

test('a minified build of the runner runs programs exactly as the source does', async () => {
  const { runner, code } = await minifiedRunner();
  expect(code).not.toContain('function createCallQueue('); // it really is minified
  const expected = await runAll({ ...normalRunner, MekongError });
  expect(await runAll(runner)).toEqual(expected);
  expect(JSON.stringify(expected)).toContain('{left: true, right: false}');
});
