// biome-ignore-all lint/style/useTemplate: QuickJS runs a template literal as a call to
// String.prototype.concat, which the student's code may replace.
import type { CallQueue } from './call-queue.ts';
import type { Intrinsics } from './intrinsics.ts';
import type { PreludeConstants } from './layout.ts';

/**
 * VM side (see index.ts): the mailbox getters through which the host settles the oldest
 * call with one property read, and the result shapes they build. Each getter returns
 * undefined, or 1 with what it threw in the mailbox's `thrown` slot (see queue.settle).
 */
export function installSettle(
  intrinsics: Intrinsics,
  constants: PreludeConstants,
  queue: CallQueue,
) {
  const { defineProperty, parseJson, quote, Function: Fn } = intrinsics;
  const { box, settle } = queue;
  const { value: VALUE, thrown: THROWN, fields: FIELDS, code: CODE } = constants.mailbox;
  const { deferredCount: DEFERRED_COUNT } = constants.mailbox;
  const { bitsBase: BITS_BASE, statusDeferred: STATUS_DEFERRED } = constants;

  const getter = (get: () => unknown) => ({
    __proto__: null,
    get,
    enumerable: false,
    configurable: false,
  });

  function settleValue() {
    const value = box[VALUE];
    box[VALUE] = undefined;
    return settle(value);
  }
  function settleJson() {
    const text = box[VALUE] as string;
    box[VALUE] = undefined;
    let value: unknown;
    try {
      value = parseJson(text);
    } catch (error) {
      box[THROWN] = error;
      return 1;
    }
    return settle(value);
  }
  function settleUndefined() {
    return settle(undefined);
  }

  // Result objects of a fixed shape (keys and order) are built by a function made once per
  // shape: cheaper than parsing JSON, and computed keys define plain data properties.
  const shapes: ((slots: typeof box) => unknown)[] = [];
  let shapeCount = 0;
  /** Defines the shape with the keys in `keysJson`; returns its id. */
  function defineShape(keysJson: string): number {
    const keys: string[] = parseJson(keysJson);
    let body = 'return {';
    for (let i = 0; i < keys.length; i++) body += '[k[' + i + ']]: b[' + (FIELDS + i) + '],';
    const build = new Fn('b', 'k', body + '};');
    const make = (slots: typeof box) => build(slots, keys);
    defineProperty(shapes, shapeCount, {
      __proto__: null,
      value: make,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return shapeCount++;
  }
  function settleShape() {
    let value: unknown;
    try {
      value = (shapes[box[VALUE] as number] as (slots: typeof box) => unknown)(box);
    } catch (error) {
      box[THROWN] = error;
      return 1;
    }
    box[VALUE] = undefined;
    return settle(value);
  }

  // Two-valued shapes (booleans, or 0/1 numbers): a getter per combination of field
  // values, so the host settles a digital line reading with one property read.
  let bitShapeCount = 0;
  /** Defines the two-valued shape with the keys in `keysJson`; returns its id. */
  function defineBits(keysJson: string, numeric: boolean): number {
    const keys: string[] = parseJson(keysJson);
    // Literal keys build faster than computed ones; '__proto__' would set the prototype.
    let body = 'return {';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] === '__proto__' ? '[k[' + i + ']]' : quote(keys[i]);
      const bit = '(v & ' + (1 << i) + ')';
      body += key + ': ' + (numeric ? bit + ' === 0 ? 0 : 1' : bit + ' !== 0') + ',';
    }
    const build = new Fn('v', 'k', body + '};');
    const base = BITS_BASE + bitShapeCount * 256;
    for (let bits = 0; bits < 1 << keys.length; bits++) {
      defineProperty(
        box,
        base + bits,
        getter(() => settle(build(bits, keys))),
      );
    }
    return bitShapeCount++;
  }

  /** The oldest call's code and the deferred count in one read (see STATUS_DEFERRED). */
  function status(): number {
    const code = box[CODE] as number | undefined;
    return (code === undefined ? 0 : code + 1) + STATUS_DEFERRED * (box[DEFERRED_COUNT] as number);
  }

  const { mailbox } = constants;
  defineProperty(box, mailbox.status, getter(status));
  defineProperty(box, mailbox.settle, getter(settleValue));
  defineProperty(box, mailbox.settleJson, getter(settleJson));
  defineProperty(box, mailbox.settleUndefined, getter(settleUndefined));
  defineProperty(box, mailbox.settleShape, getter(settleShape));
  return { __proto__: null, defineShape, defineBits };
}
