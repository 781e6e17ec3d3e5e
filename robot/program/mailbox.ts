import type { QuickJSHandle } from 'quickjs-emscripten-core';
import type { AsyncMethod } from '../robot.ts';
import { ASYNC_METHODS, MAILBOX } from './prelude.ts';
import type { Vm } from './vm.ts';
import { call, readPlain, toVm } from './vm-values.ts';

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

/** The oldest unsettled call, or undefined when none is queued. */
export function readCall(vm: Vm, trackLines: boolean): QueuedCall | undefined {
  const code = readNumber(vm, MAILBOX.code);
  if (Number.isNaN(code)) return undefined;
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
    const json = jsonText(value);
    const handle = json === undefined ? toVm(context, api, value, owned) : context.newString(json);
    if (json !== undefined) owned.push(handle);
    context.setProp(api.box, MAILBOX.value, handle);
    const outcome = context.getProp(
      api.box,
      json === undefined ? MAILBOX.settle : MAILBOX.settleJson,
    );
    const threw = context.getNumber(outcome) === 1;
    outcome.dispose();
    return threw ? context.getProp(api.box, MAILBOX.thrown) : undefined;
  } finally {
    for (const handle of owned) handle.dispose();
  }
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
  const handle = vm.context.getProp(vm.api.box, key);
  const value = vm.context.getNumber(handle);
  handle.dispose();
  return value;
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
