import type { QuickJSHandle } from 'quickjs-emscripten-core';
import type { AsyncMethod, SyncMethod } from '../robot.ts';
import {
  ASYNC_METHODS,
  BITS_BASE,
  DEFERRED_ARITY,
  DEFERRED_METHODS,
  DEFERRED_STRIDE,
  MAILBOX,
  MAX_BIT_SHAPES,
  MAX_SHAPE_FIELDS,
  STATUS_DEFERRED,
} from './prelude/index.ts';
import type { Vm } from './vm.ts';
import { call, callNumber, readPlain, toVm } from './vm-values.ts';

/**
 * The host side of the prelude's mailbox: a VM object the host reads and writes with
 * getProp/setProp, which cost a fraction of a callFunction in quickjs-emscripten.
 */

/** The oldest robot call not yet settled, as the host sees it. */
export interface QueuedCall {
  method: AsyncMethod;
  args: unknown[];
  /** The VM stack at the call (only with trackLines), else ''. */
  site: string;
}

/** What the host learns when the VM is idle: the oldest unsettled call, if any. */
export interface IdleState {
  call: QueuedCall | undefined;
  /** Sync calls deferred and not yet handed to the host. */
  deferredCount: number;
}

/** The oldest unsettled call (undefined when none is queued) and the deferred count. */
export function readIdle(vm: Vm, trackLines: boolean): IdleState {
  const status = readNumber(vm, MAILBOX.status);
  const deferredCount = Math.floor(status / STATUS_DEFERRED);
  const code = (status % STATUS_DEFERRED) - 1;
  if (code < 0) return { call: undefined, deferredCount };
  return { call: readCall(vm, code, trackLines), deferredCount };
}

function readCall(vm: Vm, code: number, trackLines: boolean): QueuedCall {
  const method = ASYNC_METHODS[(code >> 4) & 15];
  if (method === undefined) throw new Error(`the prelude queued an unknown call (${code})`);
  const { context, api } = vm;
  const count = code & 15;
  const numbers = (code & 256) !== 0;
  const args: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    if (numbers) {
      args[i] = readNumber(vm, MAILBOX.args + i);
    } else {
      const arg = context.getProp(api.box, MAILBOX.args + i);
      args[i] = readPlain(context, arg);
      arg.dispose();
    }
  }
  let site = '';
  if (trackLines) {
    const handle = context.getProp(api.box, MAILBOX.site);
    if (context.typeof(handle) === 'string') site = context.getString(handle);
    handle.dispose();
  }
  return { method, args, site };
}

/** State of the program's main promise: 0 pending, 1 fulfilled, 2 rejected. */
export function readMainState(vm: Vm): number {
  return readNumber(vm, MAILBOX.mainState);
}

/** Why the main promise was rejected (a handle the caller must dispose). */
export function readMainFailure(vm: Vm): QuickJSHandle {
  return vm.context.getProp(vm.api.box, MAILBOX.failure);
}

/**
 * Resolves the oldest call with `value`. Returns what the settle threw (a handle to
 * dispose), or undefined: settled, or stopped by an uncatchable interrupt the caller
 * learns about from its interrupt handler.
 */
export function settleWithValue(vm: Vm, value: unknown): QuickJSHandle | undefined {
  const { context, api } = vm;
  const owned: QuickJSHandle[] = [];
  try {
    let getter: number = MAILBOX.settle;
    if (value === undefined) {
      getter = MAILBOX.settleUndefined;
    } else if (typeof value === 'object' && value !== null) {
      const keys = plainKeys(value);
      const bits = keys && bitsGetter(vm, value, keys);
      const shape = keys && bits === undefined ? shapeOf(vm, value, keys) : undefined;
      if (bits !== undefined) {
        getter = bits;
      } else if (shape !== undefined) {
        getter = MAILBOX.settleShape;
        const fields = Object.values(value);
        for (let i = 0; i < fields.length; i++) {
          setBox(vm, MAILBOX.fields + i, fields[i], owned);
        }
        setBox(vm, MAILBOX.value, shape, owned);
      } else {
        const json = jsonText(value);
        if (json !== undefined) getter = MAILBOX.settleJson;
        const handle =
          json === undefined ? toVm(context, api, value, owned) : context.newString(json);
        if (json !== undefined) owned.push(handle);
        context.setProp(api.box, MAILBOX.value, handle);
      }
    } else {
      setBox(vm, MAILBOX.value, value, owned);
    }
    const threw = vm.direct.readNumber(api.box, getter) === 1;
    return threw ? context.getProp(api.box, MAILBOX.thrown) : undefined;
  } finally {
    for (const handle of owned) handle.dispose();
  }
}

/** Writes a primitive into the mailbox. */
function setBox(vm: Vm, key: number, value: unknown, owned: QuickJSHandle[]): void {
  const { context, api } = vm;
  context.setProp(api.box, key, toVm(context, api, value, owned));
}

/**
 * The keys of a plain object (Object.prototype or null prototype) with at most
 * MAX_SHAPE_FIELDS fields, the only results that may settle through a shape; else undefined.
 */
function plainKeys(value: object): string[] | undefined {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(value);
  return keys.length > MAX_SHAPE_FIELDS ? undefined : keys;
}

/**
 * The mailbox key whose getter settles with `value`, for a plain object whose fields are
 * all booleans (a line reading) or all 0/1 numbers, defining its shape on first use; else
 * undefined.
 */
function bitsGetter(vm: Vm, value: object, keys: string[]): number | undefined {
  if (keys.length === 0) return undefined;
  // Booleans, or numbers that are all 0 or 1 (a digital module's raw line reading).
  const numeric = typeof (value as Record<string, unknown>)[keys[0] as string] === 'number';
  let bits = 0;
  for (let i = 0; i < keys.length; i++) {
    const field = (value as Record<string, unknown>)[keys[i] as string];
    if (numeric ? field !== 0 && field !== 1 : typeof field !== 'boolean') return undefined;
    if (numeric && Object.is(field, -0)) return undefined;
    if (field === true || field === 1) bits |= 1 << i;
  }
  const shape = bitShapeOf(vm, keys, numeric);
  return shape < 0 ? undefined : BITS_BASE + shape * 256 + bits;
}

/**
 * The prelude's id of the two-valued shape with `keys` (booleans, or 0/1 numbers when
 * `numeric`), defining it on first use; -1 when no more may be defined.
 */
function bitShapeOf(vm: Vm, keys: string[], numeric: boolean): number {
  const last = vm.lastBitShape;
  if (last && last.numeric === numeric && sameKeys(last.keys, keys)) return last.shape;
  const id = `${numeric ? 'n' : 'b'}${JSON.stringify(keys)}`;
  let shape = vm.bitShapes.get(id);
  if (shape === undefined) {
    if (vm.bitShapes.size >= MAX_BIT_SHAPES) return -1;
    const { context, api } = vm;
    const text = context.newString(JSON.stringify(keys));
    try {
      shape = callNumber(context, api.defineBits, [text, numeric ? context.true : context.false]);
    } finally {
      text.dispose();
    }
    vm.bitShapes.set(id, shape);
  }
  vm.lastBitShape = { keys, numeric, shape };
  return shape;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The prelude's shape id for a plain object (its `keys`) whose fields are all numbers or
 * booleans (a line reading), defining the shape on first use; undefined for any other value.
 */
function shapeOf(vm: Vm, value: object, keys: string[]): number | undefined {
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field !== 'number' && typeof field !== 'boolean') return undefined;
  }
  const id = JSON.stringify(keys);
  let shape = vm.shapes.get(id);
  if (shape === undefined) {
    const { context, api } = vm;
    const text = context.newString(id);
    try {
      shape = callNumber(context, api.defineShape, [text]);
    } finally {
      text.dispose();
    }
    vm.shapes.set(id, shape);
  }
  return shape;
}

/** A sync call the prelude deferred (see `simulatedTime`). */
export interface DeferredCall {
  method: SyncMethod;
  args: number[];
}

/**
 * The sync calls deferred since the last take, in call order; empties the VM's list.
 * `knownCount`: their number, when the host read it since the VM last ran.
 */
export function takeDeferred(vm: Vm, knownCount?: number): DeferredCall[] {
  const count = knownCount ?? readNumber(vm, MAILBOX.deferredCount);
  if (!(count > 0)) return [];
  const { context, api } = vm;
  const calls: DeferredCall[] = [];
  for (let i = 0; i < count; i++) {
    const code = vm.direct.readNumber(api.deferred, DEFERRED_STRIDE * i);
    const method = DEFERRED_METHODS[code];
    const arity = DEFERRED_ARITY[code];
    if (method === undefined || arity === undefined)
      throw new Error(`the prelude deferred an unknown call (${code})`);
    const args: number[] = [];
    for (let a = 0; a < arity; a++)
      args.push(vm.direct.readNumber(api.deferred, DEFERRED_STRIDE * i + 1 + a));
    calls.push({ method, args });
  }
  context.newNumber(0).consume((zero) => context.setProp(api.box, MAILBOX.deferredCount, zero));
  return calls;
}

/** Rejects the oldest call with a VM error carrying `code` and `message`. Throws VmThrew. */
export function settleWithError(vm: Vm, code: string, message: string, id: number): void {
  const { context, api } = vm;
  const args = [context.newString(code), context.newString(message), context.newNumber(id)];
  try {
    call(context, api.settleError, args).dispose();
  } finally {
    for (const handle of args) handle.dispose();
  }
}

function readNumber(vm: Vm, key: number): number {
  return vm.direct.readNumber(vm.api.box, key);
}

/**
 * JSON text for plain objects and arrays whose values JSON keeps exactly (finite numbers,
 * strings, booleans, null): parsing it in the VM is the cheapest way to build them there.
 */
function jsonText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !isJsonExact(value, 0)) return undefined;
  return JSON.stringify(value);
}

function isJsonExact(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth > 8) return false;
      const proto = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every((item) => isJsonExact(item, depth + 1));
    }
    default:
      return false;
  }
}
