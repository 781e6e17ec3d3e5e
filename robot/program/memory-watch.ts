import type { QuickJSWASMModule } from 'quickjs-emscripten-core';

/**
 * QuickJS's own heap limit barely works in the quickjs-emscripten build: without
 * `malloc_usable_size` it counts 8 bytes per block (`dumpMemoryUsage` says so), so it only
 * refuses single allocations over the limit, while many smaller ones grow the WebAssembly
 * memory without bound (measured: 100 × 800 KB typed arrays under a 16 MiB limit). The
 * runner therefore also watches the module's memory, which only grows when the heap is full.
 */

/** WebAssembly memory size when the runner first met each module, bytes. */
const firstSeen = new WeakMap<QuickJSWASMModule, number>();

export interface MemoryWatch {
  /** True once the module's memory outgrew what this program may use. */
  exceeded(): boolean;
}

/**
 * A program may grow the module's memory up to (size when the module was first used +
 * `limitBytes`), and never beyond the size it found when it is already larger. Checked
 * at every interrupt poll and every yield, so a fast allocating loop can overshoot a little.
 */
export function watchMemory(quickjs: QuickJSWASMModule, limitBytes: number): MemoryWatch {
  let memory: WebAssembly.Memory;
  try {
    memory = quickjs.getWasmMemory();
  } catch {
    return { exceeded: () => false }; // variants without getWasmMemory: QuickJS's limit only
  }
  const now = memory.buffer.byteLength;
  const base = firstSeen.get(quickjs) ?? now;
  firstSeen.set(quickjs, base);
  const ceiling = Math.max(base + limitBytes, now);
  return { exceeded: () => memory.buffer.byteLength > ceiling };
}
