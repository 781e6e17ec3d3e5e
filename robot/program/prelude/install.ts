import type { RobotCache } from './call-queue.ts';
import type { HostLog } from './globals.ts';
import type { PreludeParts } from './index.ts';
import type { PreludeConstants } from './layout.ts';
import type { HostSync } from './sync-calls.ts';

/** What the host tells the prelude about this run. */
export interface PreludeOptions {
  trackLines: boolean;
  simulatedTime: boolean;
  /** Seed of Math.random and Date (robot time); absent: the VM's own. */
  seed?: number;
}

/**
 * VM side (see index.ts): installs the binding in the VM's global object and returns the
 * API only the host holds. Runs before the student's code; `parts` are the other VM-side
 * functions (PRELUDE_PARTS) as evaluated in the VM.
 */
export function installPrelude(
  constants: PreludeConstants,
  parts: PreludeParts,
  hostLog: HostLog,
  sync: HostSync,
  options: PreludeOptions,
) {
  const intrinsics = parts.captureIntrinsics();
  const { freeze } = intrinsics;
  const formatter = parts.createFormatter(intrinsics, constants);
  const errors = parts.createErrors(intrinsics, constants, formatter);
  const cache: RobotCache = { __proto__: null, timeKnown: false, powersKnown: false };
  const trackLines = options.trackLines === true;
  const queue = parts.createCallQueue(intrinsics, constants, errors, cache, trackLines);
  const { defineShape, defineBits } = parts.installSettle(intrinsics, constants, queue);
  const simulatedTime = options.simulatedTime === true;
  const { box } = queue;
  const calls = parts.createSyncCalls(intrinsics, constants, box, cache, sync, simulatedTime);
  const syncMethods = calls.methods;
  parts.installGlobals(
    intrinsics,
    constants,
    { queue, errors, formatter, syncMethods },
    hostLog,
    options.seed,
  );

  const { defineProperty } = intrinsics;
  const data = (value: unknown) => ({
    __proto__: null,
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  /** An object with the given keys and values (alternating), whatever Object.prototype holds. */
  function record(...entries: unknown[]): object {
    const result = {};
    for (let i = 0; i + 1 < entries.length; i += 2) {
      defineProperty(result, entries[i] as PropertyKey, data(entries[i + 1]));
    }
    return result;
  }
  /** An array of the given items, whatever Array.prototype holds. */
  function list(...items: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (let i = 0; i < items.length; i++) defineProperty(result, i, data(items[i]));
    return result;
  }

  const { Error: E } = intrinsics;
  /** The VM's stack here: where the student's code stands inside a host callback. */
  function site(): string {
    return new E().stack as string;
  }

  return freeze({
    __proto__: null,
    box,
    deferred: calls.deferred,
    watch: queue.watch,
    settleError: queue.settleError,
    unhandled: queue.unhandled,
    record,
    list,
    plain: queue.plain,
    error: errors.makeError,
    describe: errors.describe,
    site,
    defineShape,
    defineBits,
  });
}
