import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';

/**
 * The two calls the runner makes for every robot call, made straight through the QuickJS
 * module's FFI instead of quickjs-emscripten's wrappers. The wrappers allocate handle
 * objects, malloc a scratch pointer and decode `typeof` as UTF-8 on every call: measured
 * 2.6–5 µs per `executePendingJobs` here against under 1 µs direct, for 3000 calls a run.
 * The FFI members are not part of quickjs-emscripten's typed API, so they are looked up
 * once and, where one is missing (another version), the public API does the work.
 */
export interface VmDirect {
  /** True when the FFI path is in use (tests check that the pinned version has it). */
  readonly direct: boolean;
  /**
   * Runs the pending jobs to quiescence. Returns undefined, or the value a job threw (an
   * uncatchable interrupt, out of memory) as a handle the caller disposes.
   */
  runJobs(): QuickJSHandle | undefined;
  /**
   * `object[key]` as a number (a getter may run). Only for properties the prelude keeps,
   * which hold numbers or undefined (NaN): converting anything else could run VM code.
   */
  readNumber(object: QuickJSHandle, key: number): number;
  /** Frees the scratch memory. */
  dispose(): void;
}

interface Ffi {
  QTS_ExecutePendingJob(rt: number, max: number, lastContext: number): number;
  QTS_FreeValuePointerRuntime(rt: number, value: number): void;
  QTS_FreeValuePointer(ctx: number, value: number): void;
  QTS_GetPropNumber(ctx: number, object: number, key: number): number;
  QTS_GetFloat64(ctx: number, value: number): number;
  QTS_Typeof(ctx: number, value: number): number;
}

interface Internals {
  ffi: Ffi;
  rt: { value: number };
  module: { HEAPU8: Uint8Array; _malloc(bytes: number): number; _free(pointer: number): void };
}

/** The runtime's internals, when they look like quickjs-emscripten-core 0.32's. */
function internalsOf(runtime: QuickJSRuntime, context: QuickJSContext): Internals | undefined {
  const r = runtime as unknown as Partial<Internals>;
  const c = context as unknown as { ctx?: { value?: unknown } };
  const ffi = r.ffi;
  const needed: (keyof Ffi)[] = [
    'QTS_ExecutePendingJob',
    'QTS_FreeValuePointerRuntime',
    'QTS_FreeValuePointer',
    'QTS_GetPropNumber',
    'QTS_GetFloat64',
    'QTS_Typeof',
  ];
  if (!ffi || needed.some((name) => typeof ffi[name] !== 'function')) return undefined;
  if (typeof r.rt?.value !== 'number' || typeof c.ctx?.value !== 'number') return undefined;
  const module = r.module;
  if (!module || !(module.HEAPU8 instanceof Uint8Array) || typeof module._malloc !== 'function')
    return undefined;
  return r as Internals;
}

const CHAR_N = 'n'.charCodeAt(0);

/** Direct calls for one program's runtime and context. */
export function vmDirect(runtime: QuickJSRuntime, context: QuickJSContext): VmDirect {
  const internals = internalsOf(runtime, context);
  if (!internals) return publicCalls(runtime, context);
  const { ffi, module } = internals;
  const rt = internals.rt.value;
  const ctx = (context as unknown as { ctx: { value: number } }).ctx.value;
  const contextOut = module._malloc(4);
  let view = new DataView(module.HEAPU8.buffer);
  const pointerAt = (at: number) => {
    // Growing the memory replaces its buffer.
    if (view.buffer !== module.HEAPU8.buffer) view = new DataView(module.HEAPU8.buffer);
    return view.getInt32(at, true);
  };
  const isNumber = (value: number) => {
    const type = ffi.QTS_Typeof(ctx, value);
    const first = module.HEAPU8[type];
    module._free(type);
    return first === CHAR_N; // "number" (typeof never gives "null")
  };
  return {
    direct: true,
    runJobs() {
      const value = ffi.QTS_ExecutePendingJob(rt, -1, contextOut);
      if (pointerAt(contextOut) === 0) {
        ffi.QTS_FreeValuePointerRuntime(rt, value);
        return undefined;
      }
      if (isNumber(value)) {
        ffi.QTS_FreeValuePointer(ctx, value);
        return undefined;
      }
      return context.getMemory(rt as never).heapValueHandle(value as never);
    },
    readNumber(object, key) {
      const value = ffi.QTS_GetPropNumber(ctx, object.value as unknown as number, key);
      const number = ffi.QTS_GetFloat64(ctx, value);
      ffi.QTS_FreeValuePointer(ctx, value);
      return number;
    },
    dispose() {
      module._free(contextOut);
    },
  };
}

/** The same calls through quickjs-emscripten's public API. */
function publicCalls(runtime: QuickJSRuntime, context: QuickJSContext): VmDirect {
  return {
    direct: false,
    runJobs() {
      const jobs = runtime.executePendingJobs(-1);
      if (jobs.error) return jobs.error;
      jobs.dispose();
      return undefined;
    },
    readNumber(object, key) {
      const handle = context.getProp(object, key);
      const number = context.getNumber(handle);
      handle.dispose();
      return number;
    },
    dispose() {},
  };
}
