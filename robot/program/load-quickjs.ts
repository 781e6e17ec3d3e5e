import variant from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

/** Hard cap of the module's WebAssembly memory (shared by its programs), bytes. */
export const DEFAULT_MAX_WASM_BYTES = 256 * 1024 * 1024;

const PAGE_BYTES = 64 * 1024;
/** The build's own initial memory (its INITIAL_MEMORY), pages. */
const INITIAL_PAGES = 256;

/**
 * Loads the QuickJS build whose stack behaviour `RunnerLimits` was measured with
 * (release, sync, separate .wasm file), with its WebAssembly memory capped at
 * `maxWasmBytes` (the build's default is 2 GiB). The cap matters: QuickJS's heap limit
 * cannot count small allocations in this build (see memory-watch.ts), and a loop that
 * allocates a lot per iteration can outgrow the runner's checks between two interrupt
 * polls; with the cap, malloc fails and QuickJS reports out of memory instead.
 *
 * Not exported by the index: the runner takes the module as a parameter, so bundles that
 * load WebAssembly their own way stay free to.
 */
export function loadQuickJS(options: { maxWasmBytes?: number } = {}): Promise<QuickJSWASMModule> {
  const maximum = Math.max(
    INITIAL_PAGES,
    Math.ceil((options.maxWasmBytes ?? DEFAULT_MAX_WASM_BYTES) / PAGE_BYTES),
  );
  const wasmMemory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory }));
}
