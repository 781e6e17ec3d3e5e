import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { MekongError } from '../../../robot/errors.ts';
import { createProgram } from '../../../robot/program/index.ts';
import { loadQuickJS } from '../../../robot/program/load-quickjs.ts';
import type {
  CallResult,
  LogLevel,
  ProgramOptions,
  ProgramStep,
} from '../../../robot/program/types.ts';
import type { AsyncMethod, SyncMethod } from '../../../robot/robot.ts';

let shared: Promise<QuickJSWASMModule> | undefined;

/** One QuickJS module for every test file (as the web app keeps one per worker). */
export function sharedQuickJS(): Promise<QuickJSWASMModule> {
  shared ??= loadQuickJS();
  return shared;
}

export interface FakeHost {
  syncCalls: { method: SyncMethod; args: unknown[] }[];
  logs: { level: LogLevel; text: string }[];
  callSync(method: SyncMethod, args: unknown[]): unknown;
  log(level: LogLevel, text: string): void;
}

/** Records sync calls and console lines; `time()` returns 1234, `syncResults` overrides. */
export function fakeHost(
  syncResults: Partial<Record<SyncMethod, (args: unknown[]) => unknown>> = {},
): FakeHost {
  const host: FakeHost = {
    syncCalls: [],
    logs: [],
    callSync(method, args) {
      host.syncCalls.push({ method, args });
      const result = syncResults[method];
      if (result) return result(args);
      return method === 'time' ? 1234 : undefined;
    },
    log(level, text) {
      host.logs.push({ level, text });
    },
  };
  return host;
}

export interface Driven {
  calls: { method: AsyncMethod; args: unknown[]; line?: number; column?: number }[];
  end: ProgramStep;
  host: FakeHost;
}

/**
 * Runs a program to its end, answering each async call with `answer` (default: ok,
 * undefined). Returns the calls seen and the final step.
 */
export async function drive(
  source: string,
  options: {
    language?: 'ts' | 'js';
    answer?: (method: AsyncMethod, args: unknown[], index: number) => CallResult;
    host?: FakeHost;
    extra?: Partial<ProgramOptions>;
    maxCalls?: number;
  } = {},
): Promise<Driven> {
  const host = options.host ?? fakeHost();
  const run = createProgram({
    quickjs: await sharedQuickJS(),
    source,
    language: options.language ?? 'js',
    host,
    now: () => performance.now(),
    ...options.extra,
  });
  const calls: Driven['calls'] = [];
  try {
    let step = run.start();
    while (step.kind === 'call') {
      const { kind: _, ...call } = step;
      calls.push(call);
      if (calls.length > (options.maxCalls ?? 10_000)) throw new Error('too many calls');
      const result = options.answer?.(step.method, step.args, calls.length - 1) ?? {
        ok: true,
        value: undefined,
      };
      step = run.resume(result);
    }
    return { calls, end: step, host };
  } finally {
    run.dispose();
  }
}

/** The error of a failed end step (fails the test otherwise). */
export function failure(end: ProgramStep): MekongError {
  if (end.kind !== 'failed') throw new Error(`expected a failed step, got ${end.kind}`);
  return end.error;
}
