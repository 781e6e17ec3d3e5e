import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../robot/program/load-quickjs.ts';

let loading: Promise<QuickJSWASMModule> | undefined;

/**
 * The QuickJS module for this process (compiled once, about 20 ms), with the runner's
 * WebAssembly memory cap so a runaway program ends in OUT_OF_MEMORY.
 */
export function loadQuickJs(): Promise<QuickJSWASMModule> {
  loading ??= loadQuickJS();
  return loading;
}
