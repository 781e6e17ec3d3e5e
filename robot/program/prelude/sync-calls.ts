import type { Mailbox, RobotCache } from './call-queue.ts';
import type { Intrinsics } from './intrinsics.ts';
import type { PreludeConstants } from './layout.ts';

/** The host's sync robot methods, by name, plus `flush` (apply the deferred calls now). */
export type HostSync = Record<string, (...args: unknown[]) => unknown>;

/**
 * VM side (see index.ts): the sync robot methods, each a wrapper around the host's.
 *
 * In simulated time, robot time stands still while the program runs, so drive() and
 * stop() need not reach the host one by one. The host checks every new argument list once
 * (the call goes through, and throws its error at the call site); argument lists it
 * accepted are deferred, and the host applies them in order before its next callback and
 * when the program yields. time() is asked once per slice.
 *
 * QuickJS polls its interrupt handler at calls and jumps; a runaway loop of sync calls must
 * be reported at its call, not wherever in the loop the poll lands: once the slice is over
 * budget (mailbox `overdue`), the next sync call spins in its wrapper until stopped.
 */
export function createSyncCalls(
  intrinsics: Intrinsics,
  constants: PreludeConstants,
  box: Mailbox,
  cache: RobotCache,
  sync: HostSync,
  simulatedTime: boolean,
) {
  const { defineProperty, getOwnPropertyDescriptor, apply, indexOf, slice, create } = intrinsics;
  const { overdue: OVERDUE, deferredCount: DEFERRED_COUNT } = constants.mailbox;
  const { maxDeferred: MAX_DEFERRED, deferredStride: STRIDE, deferredCode } = constants;
  const PRELUDE = constants.preludeFile;
  const DRIVE = deferredCode.drive;
  const STOP = deferredCode.stop;

  // An error the host throws surfaces first in a wrapper below, so QuickJS's stack for it
  // starts with prelude frames: drop them, and the stack reads as if the host had thrown
  // straight into the student's code.
  function fromCallSite(error: unknown): unknown {
    try {
      const stack = getOwnPropertyDescriptor(error, 'stack');
      if (stack === undefined || typeof stack.value !== 'string') return error;
      let text: string = stack.value;
      let cut: number = apply(indexOf, text, ['\n']);
      if (cut < 0 || apply(indexOf, apply(slice, text, [0, cut]), [PRELUDE]) < 0) return error;
      while (cut >= 0 && apply(indexOf, apply(slice, text, [0, cut]), [PRELUDE]) >= 0) {
        text = apply(slice, text, [cut + 1]);
        cut = apply(indexOf, text, ['\n']);
      }
      defineProperty(error, 'stack', {
        __proto__: null,
        value: text,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    } catch {}
    return error;
  }
  // The loop the interrupt handler ends once the slice is over budget.
  function spin(): void {
    for (;;) {}
  }

  // Deferred call i is deferred[i * STRIDE] (its deferredCode) with its arguments after it.
  const deferred: Record<number, number> = { __proto__: null } as Record<number, number>;
  for (let i = 0; i < MAX_DEFERRED * STRIDE; i++) deferred[i] = 0;
  const methods = create<HostSync>(null);
  const names = constants.syncMethods;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const hostFn = sync[name];
    // A computed method key names the function as the host's is named.
    methods[name] = {
      [name](...args: unknown[]) {
        if (box[OVERDUE]) spin();
        try {
          return apply(hostFn as (...args: unknown[]) => unknown, undefined, args);
        } catch (error) {
          throw fromCallSite(error);
        }
      },
    }[name] as (...args: unknown[]) => unknown;
  }
  if (!simulatedTime) return { __proto__: null, methods, deferred };

  const hostTime = sync.time as () => number;
  const hostDrive = sync.drive as (left: unknown, right: unknown) => unknown;
  const hostStop = sync.stop as () => unknown;
  const hostFlush = sync.flush as () => unknown;
  let timeValue = 0;
  // The wheel powers the host last accepted (drive/stop), while cache.powersKnown: repeating
  // them changes nothing, so it is not passed on.
  let powerLeft = 0;
  let powerRight = 0;
  // Argument lists the host accepted: accepted[left][right] === true.
  let accepted: Record<number, Record<number, boolean>> = { __proto__: null } as typeof accepted;
  let acceptedCount = 0;
  let stopAccepted = false;
  function remember(left: number, right: number): void {
    if (acceptedCount > 1000) {
      accepted = { __proto__: null } as typeof accepted;
      acceptedCount = 0;
    }
    let rights = accepted[left];
    if (rights === undefined) {
      rights = { __proto__: null } as Record<number, boolean>;
      accepted[left] = rights;
    }
    rights[right] = true;
    acceptedCount++;
  }
  /** The slot of a new deferred call, applying the full list first. */
  function deferSlot(): number {
    if (box[DEFERRED_COUNT] === MAX_DEFERRED) hostFlush();
    const count = box[DEFERRED_COUNT] as number;
    box[DEFERRED_COUNT] = count + 1;
    return count * STRIDE;
  }

  methods.drive = {
    drive(left: unknown, right: unknown) {
      if (box[OVERDUE]) spin();
      try {
        if (typeof left === 'number' && typeof right === 'number') {
          if (cache.powersKnown && left === powerLeft && right === powerRight) return undefined;
          const rights = accepted[left];
          if (rights !== undefined && rights[right] === true) {
            const at = deferSlot();
            deferred[at] = DRIVE;
            deferred[at + 1] = left;
            deferred[at + 2] = right;
          } else {
            hostDrive(left, right);
            remember(left, right);
          }
          cache.powersKnown = true;
          powerLeft = left;
          powerRight = right;
          return undefined;
        }
        return hostDrive(left, right);
      } catch (error) {
        throw fromCallSite(error);
      }
    },
  }.drive as (...args: unknown[]) => unknown;
  // Own length 0, as the host functions (and the other wrappers) have.
  defineProperty(methods.drive, 'length', {
    __proto__: null,
    value: 0,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  methods.stop = {
    stop() {
      if (box[OVERDUE]) spin();
      if (cache.powersKnown && powerLeft === 0 && powerRight === 0) return undefined;
      if (!stopAccepted) {
        hostStop();
        stopAccepted = true;
      } else {
        deferred[deferSlot()] = STOP;
      }
      cache.powersKnown = true;
      powerLeft = 0;
      powerRight = 0;
      return undefined;
    },
  }.stop;
  methods.time = {
    time() {
      if (box[OVERDUE]) spin();
      if (!cache.timeKnown) {
        timeValue = hostTime();
        cache.timeKnown = true;
      }
      return timeValue;
    },
  }.time;
  return { __proto__: null, methods, deferred };
}
