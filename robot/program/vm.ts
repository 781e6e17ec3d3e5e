import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { SYNC_METHODS, type SyncMethod } from '../robot.ts';
import { PRELUDE_FILE, PRELUDE_SOURCE } from './prelude/index.ts';
import type { installPrelude } from './prelude/install.ts';
import { type VmDirect, vmDirect } from './vm-direct.ts';
import { call, disposeAll, VmThrew } from './vm-values.ts';

/**
 * The student's source is parsed under this QuickJS stack limit. QuickJS's parser recurses
 * in C with tiny shadow-stack frames, so its use of the host's native stack is ~20× what
 * QuickJS counts (measured: 100 000 nested parentheses crash the host at 48 KiB, not at
 * 32 KiB). 24 KiB still parses 80 nested blocks.
 */
const COMPILE_STACK_BYTES = 24 * 1024;

const SYNC_ARITY = { drive: 2, stop: 0, led: 1, time: 0 } as const satisfies Record<
  SyncMethod,
  number
>;

const API_KEYS = [
  'box',
  'deferred',
  'watch',
  'settleError',
  'unhandled',
  'record',
  'list',
  'plain',
  'error',
  'describe',
  'site',
  'defineShape',
  'defineBits',
] as const satisfies readonly Exclude<keyof ReturnType<typeof installPrelude>, '__proto__'>[];

/** Handles into the prelude's API (see installPrelude), held only by the host. */
export type Api = Record<(typeof API_KEYS)[number], QuickJSHandle>;

/** One program's QuickJS runtime and context, and every handle the host holds into it. */
export interface Vm {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  api: Api;
  /** Disposed (in order) before the context and the runtime. */
  owned: QuickJSHandle[];
  /** Result shapes the prelude can build (see `defineShape`), by their key. */
  shapes: Map<string, number>;
  /** Boolean result shapes (see `defineBits`), by their key. */
  bitShapes: Map<string, number>;
  /** The hot calls (run jobs, read a mailbox number) without per-call wrappers. */
  direct: VmDirect;
  /** The boolean shape used last (a program reads the same sensors again and again). */
  lastBitShape?: { keys: string[]; numeric: boolean; shape: number };
}

/** What the VM calls on the host. None of these may throw into quickjs-emscripten. */
export interface VmHooks {
  interrupt(): boolean;
  callSync(method: SyncMethod, args: QuickJSHandle[]): QuickJSHandle | { error: QuickJSHandle };
  /** Apply the deferred sync calls now (the VM's list is full). */
  flush(): QuickJSHandle | { error: QuickJSHandle };
  log(level: QuickJSHandle, text: QuickJSHandle): QuickJSHandle | { error: QuickJSHandle };
}

/**
 * Creates a runtime and context with the prelude installed (globals `robot` and
 * `console`). The stack limit is left at the compile limit until `startMain`.
 */
export function createVm(
  quickjs: QuickJSWASMModule,
  options: {
    memoryBytes: number;
    trackLines: boolean;
    randomSeed: number | undefined;
    simulatedTime: boolean;
  },
  hooks: VmHooks,
): Vm {
  const runtime = quickjs.newRuntime();
  let context: QuickJSContext;
  try {
    runtime.setMemoryLimit(options.memoryBytes);
    runtime.setMaxStackSize(COMPILE_STACK_BYTES);
    runtime.setInterruptHandler(() => hooks.interrupt());
    context = runtime.newContext();
  } catch (error) {
    runtime.dispose();
    throw error;
  }
  const vm: Vm = {
    runtime,
    context,
    api: {} as Api,
    owned: [],
    shapes: new Map(),
    bitShapes: new Map(),
    direct: vmDirect(runtime, context),
  };
  const { owned } = vm;
  try {
    const prelude = context.evalCode(PRELUDE_SOURCE, PRELUDE_FILE, {
      type: 'global',
      strict: true,
    });
    if (prelude.error) throw new VmThrew(prelude.error);
    owned.push(prelude.value);
    const sync = context.newObject();
    owned.push(sync);
    for (const method of SYNC_METHODS) {
      const fn = context.newFunctionWithOptions({
        name: method,
        length: SYNC_ARITY[method],
        isConstructor: false,
        fn: (...args) => hooks.callSync(method, args),
      });
      context.setProp(sync, method, fn);
      fn.dispose();
    }
    context
      .newFunction('flush', () => hooks.flush())
      .consume((fn) => {
        context.setProp(sync, 'flush', fn);
      });
    const log = context.newFunction('log', (level, text) => hooks.log(level, text));
    owned.push(log);
    const config = context.newObject();
    owned.push(config);
    context.setProp(config, 'trackLines', options.trackLines ? context.true : context.false);
    context.setProp(config, 'simulatedTime', options.simulatedTime ? context.true : context.false);
    if (options.randomSeed !== undefined) {
      context
        .newNumber(options.randomSeed)
        .consume((seed) => context.setProp(config, 'seed', seed));
    }
    const api = call(context, prelude.value, [log, sync, config]);
    owned.push(api);
    for (const key of API_KEYS) {
      vm.api[key] = context.getProp(api, key);
      owned.push(vm.api[key]);
    }
    return vm;
  } catch (error) {
    releaseVm(vm);
    if (!(error instanceof VmThrew)) throw error;
    error.reason.dispose();
    throw new Error('QuickJS could not install the robot binding (is memoryBytes too small?)');
  }
}

/**
 * Compiles the wrapped program and calls it under the program's stack limit. Returns the
 * main promise (owned by the VM) or the thrown value (a SyntaxError, usually).
 */
export function startMain(
  vm: Vm,
  code: string,
  fileName: string,
  stackBytes: number,
): { main: QuickJSHandle } | { thrown: QuickJSHandle } {
  const { runtime, context, api, owned } = vm;
  const compiled = context.evalCode(code, fileName, { type: 'global', strict: true });
  if (compiled.error) return { thrown: compiled.error };
  owned.push(compiled.value);
  runtime.setMaxStackSize(stackBytes);
  const main = context.callFunction(compiled.value, context.undefined);
  if (main.error) return { thrown: main.error };
  owned.push(main.value);
  call(context, api.watch, [main.value]).dispose();
  return { main: main.value };
}

/** Frees every handle, then the context and the runtime. */
export function releaseVm(vm: Vm): void {
  vm.direct.dispose();
  disposeAll(vm.owned);
  vm.context.dispose();
  vm.runtime.dispose();
}
