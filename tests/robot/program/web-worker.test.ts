import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../simulator/app/browser.ts';

/**
 * The runner in a browser Web Worker (Debian Chromium): the same
 * robot/program code, bundled for the browser, with QuickJS's .wasm fetched by URL.
 */

const WORKER_SOURCE = `
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import { createProgram } from './robot/program/index.ts';

self.onmessage = async (event) => {
  const quickjs = await newQuickJSWASMModuleFromVariant(
    newVariant(variant, { wasmLocation: '/quickjs.wasm' }),
  );
  const results = [];
  for (const source of event.data) {
    const logs = [];
    const calls = [];
    // The budget is measured on a clock that moves 50 ms at every reading, so a program is
    // stopped by its own work, never by how busy the machine is.
    let clock = 0;
    const run = createProgram({
      quickjs,
      source,
      language: 'ts',
      host: { callSync: () => 5, log: (level, text) => logs.push(level + ': ' + text) },
      now: () => (clock += 50),
      limits: { sliceMs: source.startsWith('while') ? 500 : 1e9 },
      trackLines: true,
    });
    let step = run.start();
    while (step.kind === 'call') {
      calls.push([step.method, step.args, step.line, step.column]);
      step = run.resume({ ok: true, value: step.method === 'distance' ? Infinity : undefined });
    }
    run.dispose();
    const end = step.kind === 'failed' ? [step.error.code, step.error.line, step.error.column] : step.kind;
    results.push({ calls, logs, end, clock });
  }
  self.postMessage(results);
};
`;

const root = fileURLToPath(new URL('../../..', import.meta.url));
let server: Server;
let origin: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts', sourcefile: 'worker.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const worker = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const wasm = readFileSync(
    join(root, 'node_modules/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.wasm'),
  );
  const files: Record<string, [string, Uint8Array]> = {
    '/': ['text/html', new TextEncoder().encode('<!doctype html><title>runner</title>')],
    '/worker.js': ['text/javascript', worker],
    '/quickjs.wasm': ['application/wasm', wasm],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), 'mekong-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('programs run, fail and are stopped the same way inside a Web Worker', async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const results = await page.evaluate(
    (programs) =>
      new Promise<unknown>((resolve, reject) => {
        const worker = new Worker('/worker.js', { type: 'module' });
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(programs);
      }),
    [
      'const d: number = await robot.distance();\nrobot.drive(50, 50);\nconsole.log(d, robot.time(), { ok: true });\n  await robot.forward(10);',
      'const x: number = 1;\nconst y = x + missing;',
      'let a: number = ;',
      'while (true) {}',
      'process.exit(1);',
      'function f(n: number): number { return f(n + 1) + 1; }\nf(0);',
      'let a: unknown[] = [];\nfor (let i = 0; i < 100000; i++) a = [a];\nJSON.stringify(a);',
      'await robot.wait(1);',
    ],
  );
  const [normal, reference, syntax, busy, exit, recursion, deepJson, after] = results as {
    calls: unknown[];
    logs: string[];
    end: unknown;
    clock: number;
  }[];
  expect(normal?.calls).toEqual([
    ['distance', [], 1, 25],
    ['forward', [10], 4, 9],
  ]);
  expect(normal?.logs).toEqual(['log: Infinity 5 {ok: true}']);
  expect(normal?.end).toBe('done');
  expect(reference?.end).toEqual(['RUNTIME_ERROR', 2, 15]);
  expect(syntax?.end).toEqual(['SYNTAX_ERROR', 1, 17]);
  expect(busy?.end).toEqual(['NEVER_WAITS', 1, 1]);
  expect(busy?.clock).toBeGreaterThanOrEqual(500);
  expect(exit?.end).toEqual(['NOT_ALLOWED', 1, 1]);
  expect(recursion?.end).toEqual(['TOO_DEEP', 1, 40]);
  expect(deepJson?.end).toEqual(['TOO_DEEP', undefined, undefined]);
  expect(after?.end).toBe('done');
}, 60_000);
