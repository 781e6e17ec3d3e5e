import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

/** A VM call failed (exception, interrupt, out of memory); the handle is the thrown value. */
export class VmThrew {
  constructor(readonly reason: QuickJSHandle) {}
}

/** Calls a VM function and returns its result handle; throws VmThrew when it throws. */
export function call(
  context: QuickJSContext,
  fn: QuickJSHandle,
  args: QuickJSHandle[] = [],
): QuickJSHandle {
  const result = context.callFunction(fn, context.undefined, args);
  if (result.error) throw new VmThrew(result.error);
  return result.value;
}

/** Calls a VM function that returns a number. */
export function callNumber(
  context: QuickJSContext,
  fn: QuickJSHandle,
  args: QuickJSHandle[] = [],
): number {
  const handle = call(context, fn, args);
  const value = context.getNumber(handle);
  handle.dispose();
  return value;
}

/**
 * Reads a VM value that the prelude already made plain (primitive, strings capped).
 * Never runs VM code.
 */
export function readPlain(context: QuickJSContext, handle: QuickJSHandle): unknown {
  switch (context.typeof(handle)) {
    case 'number':
      return context.getNumber(handle);
    case 'string':
      return context.getString(handle);
    case 'boolean':
      return context.sameValue(handle, context.true);
    case 'object':
      return context.sameValue(handle, context.null) ? null : '[object]';
    default:
      return undefined;
  }
}

/** Builds the plain object of `describe()` on the host: string, number and boolean fields. */
export function readRecord<T extends { [K in keyof T]: string | number | boolean }>(
  context: QuickJSContext,
  handle: QuickJSHandle,
  shape: T,
): T {
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(shape)) {
    const field = context.getProp(handle, key);
    const value = readPlain(context, field);
    field.dispose();
    out[key] = typeof value === typeof fallback ? value : fallback;
  }
  return out as T;
}

const MAX_DEPTH = 8;

/**
 * Converts a host result into a VM value. Objects and arrays are built by the prelude
 * (`record`, `list`) so they get ordinary writable data properties whatever the student
 * did to Object.prototype. Handles created on the way are pushed to `owned` for disposal.
 */
export function toVm(
  context: QuickJSContext,
  builders: { record: QuickJSHandle; list: QuickJSHandle },
  value: unknown,
  owned: QuickJSHandle[],
  depth = 0,
): QuickJSHandle {
  const own = (handle: QuickJSHandle) => {
    owned.push(handle);
    return handle;
  };
  switch (typeof value) {
    case 'number':
      return own(context.newNumber(value));
    case 'boolean':
      return value ? context.true : context.false;
    case 'string':
      return own(context.newString(value));
    case 'bigint':
      return own(context.newBigInt(value));
    case 'object': {
      if (value === null) return context.null;
      if (depth >= MAX_DEPTH) return context.undefined;
      if (Array.isArray(value)) {
        const items = value.map((item) => toVm(context, builders, item, owned, depth + 1));
        return own(call(context, builders.list, items));
      }
      const fields: QuickJSHandle[] = [];
      for (const [key, item] of Object.entries(value)) {
        fields.push(own(context.newString(key)), toVm(context, builders, item, owned, depth + 1));
      }
      return own(call(context, builders.record, fields));
    }
    default:
      return context.undefined;
  }
}

export function disposeAll(handles: QuickJSHandle[]): void {
  for (const handle of handles) if (handle.alive) handle.dispose();
  handles.length = 0;
}
