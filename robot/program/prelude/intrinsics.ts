/**
 * VM side (see index.ts): runs in QuickJS, so it may use only its parameters and standard
 * intrinsics. Captures every intrinsic the prelude uses, before the student's code runs,
 * into a frozen null-prototype object: a read of it can never reach a polluted prototype,
 * even where a minifier inlines the read into code that runs later.
 */
export function captureIntrinsics() {
  return Object.freeze({
    __proto__: null,
    global: globalThis,
    defineProperty: Object.defineProperty as <T>(object: T, key: PropertyKey, d: Descriptor) => T,
    /** An empty object without a prototype. */
    create: Object.create as <T extends object>(proto: null) => T,
    getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
    getPrototypeOf: Object.getPrototypeOf,
    freeze: Object.freeze,
    keys: Object.keys,
    hasOwn: Object.hasOwn,
    is: Object.is,
    apply: Reflect.apply,
    construct: Reflect.construct,
    isArray: Array.isArray,
    Promise,
    promiseThen: Promise.prototype.then,
    Error,
    String,
    quote: JSON.stringify,
    parseJson: JSON.parse,
    slice: String.prototype.slice,
    indexOf: String.prototype.indexOf,
    charCodeAt: String.prototype.charCodeAt,
    imul: Math.imul,
    Math,
    Date,
    dateTime: Date.prototype.getTime,
    dateIso: Date.prototype.toISOString,
    WeakMap,
    weakMapGet: WeakMap.prototype.get,
    weakMapSet: WeakMap.prototype.set,
    WeakSet,
    weakSetAdd: WeakSet.prototype.add,
    weakSetHas: WeakSet.prototype.has,
    Function,
  });
}

/**
 * A property descriptor; the prelude's have no prototype, so defineProperty never reads a
 * polluted `get` or `value` off Object.prototype.
 */
export type Descriptor = PropertyDescriptor & { __proto__?: null };

/** The captured intrinsics, as each part of the prelude receives them. */
export type Intrinsics = ReturnType<typeof captureIntrinsics>;
