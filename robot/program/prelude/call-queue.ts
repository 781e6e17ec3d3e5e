import type { Errors } from './errors.ts';
import type { Intrinsics } from './intrinsics.ts';
import type { PreludeConstants } from './layout.ts';

/** The mailbox: slots by MAILBOX key (see layout.ts), read and written by the host. */
export type Mailbox = Record<number, unknown>;

/** What the robot calls know about the robot between host calls (see sync-calls.ts). */
export interface RobotCache {
  __proto__?: null;
  /** `time()` was read since the last settled call. */
  timeKnown: boolean;
  /** The wheel powers last passed on still hold (no timed move since). */
  powersKnown: boolean;
}

/** One async robot call waiting in the queue. */
interface QueueNode {
  __proto__?: null;
  method: number;
  args: readonly unknown[] | undefined;
  resolve: ((value: unknown) => void) | undefined;
  reject: ((reason: unknown) => void) | undefined;
  promise: Promise<unknown> | undefined;
  site: string | undefined;
  next: QueueNode | undefined;
}

/**
 * VM side (see index.ts): the robot call queue, a linked list in the VM, and the mailbox
 * through which the host sees its oldest call. An async robot call costs no VM→host
 * callback (the slowest crossing in quickjs-emscripten): the host pulls queued calls once
 * the VM is idle.
 */
export function createCallQueue(
  intrinsics: Intrinsics,
  constants: PreludeConstants,
  errors: Errors,
  cache: RobotCache,
  trackLines: boolean,
) {
  const { defineProperty, hasOwn, apply, isArray, slice, promiseThen } = intrinsics;
  const { Promise: P, Error: E, WeakSet: WS, weakSetAdd, weakSetHas } = intrinsics;
  const { makeError, robotErrorId } = errors;
  const { code: CODE, args: ARGS, site: SITE, mainState: MAIN_STATE } = constants.mailbox;
  const { failure: FAILURE, fields: FIELDS, deferredCount: DEFERRED_COUNT } = constants.mailbox;
  const { overdue: OVERDUE, value: VALUE, thrown: THROWN } = constants.mailbox;
  const { maxArgs: MAX_ARGS, maxArgChars: MAX_ARG, powerMethods } = constants;

  const box: Mailbox = { __proto__: null } as Mailbox;
  for (let i = 0; i < MAX_ARGS; i++) box[ARGS + i] = undefined;
  for (let i = 0; i < constants.maxShapeFields; i++) box[FIELDS + i] = undefined;
  box[CODE] = undefined;
  box[SITE] = undefined;
  box[MAIN_STATE] = 0;
  box[FAILURE] = undefined;
  box[VALUE] = undefined;
  box[THROWN] = undefined;
  box[DEFERRED_COUNT] = 0;
  box[OVERDUE] = false;

  const handled = new WS<object>();
  let head: QueueNode | undefined;
  let tail: QueueNode | undefined;
  let spare: QueueNode | undefined;
  let lastRejected: { __proto__?: null; promise: unknown; error: Error } | undefined;

  // Own 'then' of every call's promise: .then/.catch/Promise.all mark the call as handled
  // (await needs no mark).
  function then(this: Promise<unknown>, onFulfilled: unknown, onRejected: unknown) {
    apply(weakSetAdd, handled, [this]);
    return apply(promiseThen, this, [onFulfilled, onRejected]);
  }
  const thenProperty = {
    __proto__: null,
    value: then,
    writable: false,
    enumerable: false,
    configurable: false,
  };
  /** A value as the host may read it: primitives (strings capped), else a placeholder. */
  function plain(value: unknown): unknown {
    switch (typeof value) {
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'string':
        return value.length > MAX_ARG ? apply(slice, value, [0, MAX_ARG]) : value;
      case 'function':
        return '[function]';
      case 'symbol':
        return '[symbol]';
      case 'bigint':
        return '[bigint]';
      default:
        if (value === null) return null;
        try {
          return isArray(value) ? '[array]' : '[object]';
        } catch {
          return '[object]';
        }
    }
  }
  /** Puts `node` (the oldest call) in the mailbox. */
  function show(node: QueueNode | undefined): void {
    if (node === undefined || box[MAIN_STATE] === 2) {
      box[CODE] = undefined;
      return;
    }
    const args = node.args as readonly unknown[];
    // biome-ignore lint/complexity/useMathMinMax: Math is the student's to change.
    const count = args.length < MAX_ARGS ? args.length : MAX_ARGS;
    let numbers = 256;
    for (let i = 0; i < count; i++) {
      let value = args[i];
      if (typeof value !== 'number') {
        value = plain(value);
        numbers = 0;
      }
      box[ARGS + i] = value;
    }
    if (trackLines) box[SITE] = node.site;
    box[CODE] = node.method * 16 + count + numbers;
  }
  // One shared executor (the Promise constructor calls it synchronously): no closure per call.
  let nextResolve: QueueNode['resolve'];
  let nextReject: QueueNode['reject'];
  function capture(resolve: QueueNode['resolve'], reject: QueueNode['reject']) {
    nextResolve = resolve;
    nextReject = reject;
  }
  /** Sets what a queue node holds of its call (recycle() lets go of it all). */
  function fill(
    node: QueueNode,
    args: QueueNode['args'],
    resolve: QueueNode['resolve'],
    reject: QueueNode['reject'],
    promise: QueueNode['promise'],
    site: QueueNode['site'],
  ): void {
    node.args = args;
    node.resolve = resolve;
    node.reject = reject;
    node.promise = promise;
    node.site = site;
  }
  /** Queues async method `method` (its index in asyncMethods); returns the call's promise. */
  function enqueue(method: number, args: readonly unknown[]): Promise<unknown> {
    if (powerMethods[method]) cache.powersKnown = false;
    const promise = new P(capture);
    defineProperty(promise, 'then', thenProperty);
    // Queue nodes are reused: allocating a null-prototype object costs QuickJS about as
    // much as the rest of the call.
    let node = spare;
    if (node === undefined) {
      node = {
        __proto__: null,
        method: 0,
        args: undefined,
        resolve: undefined,
        reject: undefined,
        promise: undefined,
        site: undefined,
        next: undefined,
      };
    } else {
      spare = node.next;
      node.next = undefined;
    }
    node.method = method;
    fill(node, args, nextResolve, nextReject, promise, trackLines ? new E().stack : undefined);
    if (tail === undefined) {
      head = node;
      show(node);
    } else {
      tail.next = node;
    }
    tail = node;
    return promise;
  }
  /** Takes the oldest call off the queue; hand its node to recycle() once read. */
  function next(): QueueNode {
    const node = head as QueueNode;
    if (powerMethods[node.method]) cache.powersKnown = false;
    cache.timeKnown = false;
    head = node.next;
    if (head === undefined) tail = undefined;
    show(head);
    return node;
  }
  function recycle(node: QueueNode): void {
    fill(node, undefined, undefined, undefined, undefined, undefined);
    node.next = spare;
    spare = node;
  }
  /**
   * Resolves the oldest call with `value`. Returns undefined, or 1 with what it threw in
   * the mailbox's `thrown` slot (the settle getters return this to the host).
   */
  function settle(value: unknown): 1 | undefined {
    try {
      const node = next();
      const resolve = node.resolve as (value: unknown) => void;
      recycle(node);
      resolve(value);
    } catch (error) {
      box[THROWN] = error;
      return 1;
    }
    return undefined;
  }
  /** Rejects the oldest call with a robot error (`id`: the host's error). */
  function settleError(code: string, message: string, id: number): void {
    const node = next();
    const { promise, reject } = node;
    recycle(node);
    const error = makeError(code, message, id);
    lastRejected = { __proto__: null, promise, error };
    (reject as (reason: unknown) => void)(error);
  }
  /**
   * After a rejection and a run to quiescence: the host id of the error if nothing awaited
   * or handled it, else -1.
   */
  function unhandled(): number {
    const entry = lastRejected;
    lastRejected = undefined;
    if (entry === undefined || hasOwn(entry.error, 'stack')) return -1;
    if (apply(weakSetHas, handled, [entry.promise])) return -1;
    return robotErrorId(entry.error) ?? -1;
  }
  /** Follows the program's main promise into the mailbox. */
  function watch(main: Promise<unknown>): void {
    const fulfilled = () => {
      box[MAIN_STATE] = 1;
    };
    const failed = (reason: unknown) => {
      box[FAILURE] = reason;
      box[MAIN_STATE] = 2;
      box[CODE] = undefined; // a failed program makes no more robot calls
    };
    apply(promiseThen, main, [fulfilled, failed]);
  }
  return { __proto__: null, box, plain, enqueue, settle, settleError, unhandled, watch };
}

export type CallQueue = ReturnType<typeof createCallQueue>;
