import { ROBOT_METHODS, SYNC_METHODS } from '../robot.ts';
import { FORBIDDEN_GLOBALS } from './forbidden-globals.ts';
import { FORMAT_SOURCE } from './prelude-format.ts';

/**
 * The VM side of the binding, evaluated in every program's context before the student's
 * code. It keeps the robot call queue and formats console output inside the VM, so an
 * async robot call costs no VM→host callback (the slowest crossing in
 * quickjs-emscripten); the host pulls queued calls once the VM is idle.
 *
 * It captures every intrinsic it uses before the student's code runs and never touches a
 * prototype afterwards (no `push`, spread, `for…of`, property writes that could reach a
 * setter), so prototype pollution by the student cannot change how the binding behaves.
 */

/** Async methods in the order of their index in the queue protocol. */
export const ASYNC_METHODS = ROBOT_METHODS.filter(
  (method) => !(SYNC_METHODS as readonly string[]).includes(method),
) as readonly Exclude<(typeof ROBOT_METHODS)[number], (typeof SYNC_METHODS)[number]>[];

/** Console methods and their level index in the `hostLog` protocol. */
export const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error'] as const;

/** Longest console line, chars; the formatter stops building once it is reached. */
export const MAX_LINE_CHARS = 2000;
/** Longest string argument passed to the host, chars. */
export const MAX_ARG_CHARS = 1000;
/** Arguments beyond this many are not passed to the host. */
export const MAX_ARGS = 8;

/** Mailbox (`box`) keys, see the prelude. */
export const MAILBOX = {
  code: 0,
  args: 1,
  site: 9,
  mainState: 10,
  failure: 11,
  settle: 12,
  value: 13,
  thrown: 14,
  settleJson: 15,
  settleUndefined: 16,
  settleShape: 17,
  deferredCount: 18,
  overdue: 19,
  fields: 20,
  status: 28,
} as const;

/** `box[status]` = (call code + 1, or 0 without a call) + STATUS_DEFERRED × deferred calls. */
export const STATUS_DEFERRED = 1024;

/** Fields of a result object passed in mailbox slots (`fields` onwards), at most. */
export const MAX_SHAPE_FIELDS = 8;

/**
 * Results whose fields are all booleans (a line reading) settle with one read: the getter
 * at mailbox key `BITS_BASE + shape * 256 + bits` (see `defineBits`).
 */
export const BITS_BASE = 1024;
/** Two-valued shapes a program may define; later ones settle the slower way. */
export const MAX_BIT_SHAPES = 16;

/** Async methods that set the wheel powers themselves (timed moves). */
const POWER_METHODS: readonly string[] = ['forward', 'backward', 'turn'];

/**
 * Sync methods the prelude may defer (with `simulatedTime`), by their code in the deferred
 * list, and how many arguments each acts on.
 */
export const DEFERRED_METHODS = ['drive', 'stop'] as const;
export const DEFERRED_ARITY = [2, 0] as const;
/** Deferred calls held in the VM before it asks the host to apply them. */
export const MAX_DEFERRED = 32;

/** File name of the prelude in stack traces (never the student's file). */
export const PRELUDE_FILE = 'mekong:prelude';

const asyncMethods = ASYNC_METHODS.map((name, index) =>
  POWER_METHODS.includes(name)
    ? `${name}(...args) { powersKnown = false; return enqueue(${index}, args); },`
    : `${name}(...args) { return enqueue(${index}, args); },`,
).join('\n    ');

/**
 * Evaluates to `function (hostLog, sync, options) → api`. `sync` maps each sync method name
 * to its host function, plus `flush` (apply the deferred calls now); `api` is only ever held
 * by the host.
 */
export const PRELUDE_SOURCE = `(function (hostLog, sync, options) {
  'use strict';
  const G = globalThis;
  const defineProperty = Object.defineProperty;
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const getPrototypeOf = Object.getPrototypeOf;
  const freeze = Object.freeze;
  const keys = Object.keys;
  const hasOwn = Object.hasOwn;
  const is = Object.is;
  const apply = Reflect.apply;
  const isArray = Array.isArray;
  const P = Promise;
  const promiseThen = P.prototype.then;
  const E = Error;
  const S = String;
  const quote = JSON.stringify;
  const parseJson = JSON.parse;
  const slice = S.prototype.slice;
  const indexOf = S.prototype.indexOf;
  const charCodeAt = S.prototype.charCodeAt;
  const imul = Math.imul;
  const dateTime = Date.prototype.getTime;
  const dateIso = Date.prototype.toISOString;
  const WM = WeakMap;
  const wmGet = WM.prototype.get;
  const wmSet = WM.prototype.set;
  const Fn = Function;
  const WS = WeakSet;
  const wsAdd = WS.prototype.add;
  const wsHas = WS.prototype.has;
  const MAX_LINE = ${MAX_LINE_CHARS};
  const PRELUDE = ${JSON.stringify(PRELUDE_FILE)};
  const MAX_ARG = ${MAX_ARG_CHARS};
  const MAX_ARGS = ${MAX_ARGS};

  const data = (value) => ({ __proto__: null, value, writable: true, enumerable: true, configurable: true });
  const fixed = (value) => ({ __proto__: null, value, writable: false, enumerable: false, configurable: false });

  // Errors the binding made: robot call failures (host id) and NOT_ALLOWED (feature).
  const robotErrors = new WM();
  const forbiddenErrors = new WM();
  const handled = new WS();

  function makeError(code, message, id) {
    const error = new E(message);
    defineProperty(error, 'name', { __proto__: null, value: 'MekongError', writable: true, enumerable: false, configurable: true });
    defineProperty(error, 'code', { __proto__: null, value: code, writable: true, enumerable: true, configurable: true });
    // Without a stack, QuickJS records one where the error is thrown into the student's
    // code (the await or the sync call), which is the position we report.
    delete error.stack;
    apply(wmSet, robotErrors, [error, id]);
    return error;
  }

  // --- the robot call queue, a linked list in the VM. The host reads and writes a mailbox
  // with getProp/setProp, which cost a fraction of a function call in quickjs-emscripten:
  // box[0]  the oldest unsettled call: method * 16 + argument count (+ 256 if all
  //         arguments are numbers), or undefined; its arguments are box[1..8], its call
  //         site (trackLines) box[9]
  // box[10] state of main: 0 pending, 1 fulfilled, 2 rejected; box[11] why it was rejected
  // box[12] getter: resolves the oldest call with box[13] (box[14]: what it threw)
  // box[15] getter: same with the JSON text in box[13]
  // box[16] getter: same with undefined
  // box[17] getter: same with a new object of shape box[13] (see defineShape), its field
  //         values in box[20..27]
  // box[28] getter: box[0] + 1 (0 without a call) + STATUS_DEFERRED * box[18], so the host
  //         learns both with one read when the VM is idle
  // box[18] how many sync calls are deferred (simulatedTime): call i is deferred[3i] (its
  //         index in DEFERRED_METHODS) with arguments deferred[3i+1..]; the host applies
  //         them in order, then sets box[18] to 0
  // box[19] true once the slice is over its time budget (simulatedTime): the next sync call
  //         spins until the interrupt stops it, so the stop is reported at that call
  const box = { __proto__: null, 0: undefined, 1: undefined, 2: undefined, 3: undefined, 4: undefined, 5: undefined, 6: undefined, 7: undefined, 8: undefined, 9: undefined, 10: 0, 11: undefined, 13: undefined, 14: undefined, 18: 0, 19: false, 20: undefined, 21: undefined, 22: undefined, 23: undefined, 24: undefined, 25: undefined, 26: undefined, 27: undefined };
  let head;
  let tail;
  let lastRejected;
  const trackLines = options.trackLines;
  function then(onFulfilled, onRejected) {
    apply(wsAdd, handled, [this]);
    return apply(promiseThen, this, [onFulfilled, onRejected]);
  }
  const thenProperty = fixed(then);
  function plain(value) {
    switch (typeof value) {
      case 'number': case 'boolean': case 'undefined': return value;
      case 'string': return value.length > MAX_ARG ? apply(slice, value, [0, MAX_ARG]) : value;
      case 'function': return '[function]';
      case 'symbol': return '[symbol]';
      case 'bigint': return '[bigint]';
      default:
        if (value === null) return null;
        try { return isArray(value) ? '[array]' : '[object]'; } catch { return '[object]'; }
    }
  }
  function show(node) {
    if (node === undefined || box[10] === 2) {
      box[0] = undefined;
      return;
    }
    const args = node.args;
    const count = args.length < MAX_ARGS ? args.length : MAX_ARGS;
    let numbers = 256;
    for (let i = 0; i < count; i++) {
      let value = args[i];
      if (typeof value !== 'number') {
        value = plain(value);
        numbers = 0;
      }
      box[1 + i] = value;
    }
    if (trackLines) box[9] = node.site;
    box[0] = node.method * 16 + count + numbers;
  }
  // One shared executor (the Promise constructor calls it synchronously): no closure per call.
  let nextResolve;
  let nextReject;
  function capture(resolve, reject) {
    nextResolve = resolve;
    nextReject = reject;
  }
  function enqueue(method, args) {
    const promise = new P(capture);
    // Own 'then': .then/.catch/Promise.all mark the call as handled (await needs no mark).
    defineProperty(promise, 'then', thenProperty);
    // Queue nodes are reused: allocating a null-prototype object costs QuickJS about as
    // much as the rest of the call.
    let node = spare;
    if (node === undefined) {
      node = { __proto__: null, method: 0, args: undefined, resolve: undefined, reject: undefined, promise: undefined, site: undefined, next: undefined };
    } else {
      spare = node.next;
      node.next = undefined;
    }
    node.method = method;
    node.args = args;
    node.resolve = nextResolve;
    node.reject = nextReject;
    node.promise = promise;
    if (trackLines) node.site = new E().stack;
    if (tail === undefined) {
      head = node;
      show(node);
    } else {
      tail.next = node;
    }
    tail = node;
    return promise;
  }
  function watch(main) {
    const failed = (reason) => {
      box[11] = reason;
      box[10] = 2;
      box[0] = undefined; // a failed program makes no more robot calls
    };
    apply(promiseThen, main, [() => { box[10] = 1; }, failed]);
  }
  // Methods (by queue index) that set the wheel powers themselves, when they start and end.
  const powerMethods = ${JSON.stringify(ASYNC_METHODS.map((name) => POWER_METHODS.includes(name)))};
  let spare;
  // Takes the oldest call off the queue; hand its node to recycle() once read.
  function next() {
    const node = head;
    if (powerMethods[node.method]) powersKnown = false;
    head = node.next;
    if (head === undefined) tail = undefined;
    show(head);
    return node;
  }
  function recycle(node) {
    node.args = undefined;
    node.resolve = undefined;
    node.reject = undefined;
    node.promise = undefined;
    node.site = undefined;
    node.next = spare;
    spare = node;
  }
  // Getters return undefined, or 1 with the exception in box[14].
  function settle(value) {
    timeKnown = false;
    try {
      const node = next();
      const resolve = node.resolve;
      recycle(node);
      resolve(value);
    } catch (error) {
      box[14] = error;
      return 1;
    }
  }
  function settleValue() {
    const value = box[13];
    box[13] = undefined;
    return settle(value);
  }
  function settleJson() {
    const text = box[13];
    box[13] = undefined;
    let value;
    try {
      value = parseJson(text);
    } catch (error) {
      box[14] = error;
      return 1;
    }
    return settle(value);
  }
  function settleUndefined() {
    return settle(undefined);
  }
  // Result objects of a fixed shape (keys and order) are built by a function made once per
  // shape: cheaper than parsing JSON, and computed keys define plain data properties.
  const shapes = [];
  let shapeCount = 0;
  function defineShape(keysJson) {
    const keys = parseJson(keysJson);
    let body = 'return {';
    for (let i = 0; i < keys.length; i++) body += '[k[' + i + ']]: b[' + (20 + i) + '],';
    const build = new Fn('b', 'k', body + '};');
    defineProperty(shapes, shapeCount, data((slots) => build(slots, keys)));
    return shapeCount++;
  }
  // Two-valued shapes (booleans, or 0/1 numbers): a getter per combination of field
  // values, so the host settles a digital line reading with one property read.
  let bitShapeCount = 0;
  function defineBits(keysJson, numeric) {
    const keys = parseJson(keysJson);
    // Literal keys build faster than computed ones; '__proto__' would set the prototype.
    let body = 'return {';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] === '__proto__' ? '[k[' + i + ']]' : quote(keys[i]);
      const bit = '(v & ' + (1 << i) + ')';
      body += key + ': ' + (numeric ? bit + ' === 0 ? 0 : 1' : bit + ' !== 0') + ',';
    }
    const build = new Fn('v', 'k', body + '};');
    const base = ${BITS_BASE} + bitShapeCount * 256;
    for (let bits = 0; bits < 1 << keys.length; bits++) {
      const get = function () { return settle(build(bits, keys)); };
      defineProperty(box, base + bits, { __proto__: null, get, enumerable: false, configurable: false });
    }
    return bitShapeCount++;
  }
  function settleShape() {
    let value;
    try {
      value = shapes[box[13]](box);
    } catch (error) {
      box[14] = error;
      return 1;
    }
    box[13] = undefined;
    return settle(value);
  }
  // box[28] getter: box[0] and box[18] in one read (see STATUS_DEFERRED).
  function status() {
    const code = box[0];
    return (code === undefined ? 0 : code + 1) + ${STATUS_DEFERRED} * box[18];
  }
  defineProperty(box, 28, { __proto__: null, get: status, enumerable: false, configurable: false });
  defineProperty(box, 12, { __proto__: null, get: settleValue, enumerable: false, configurable: false });
  defineProperty(box, 15, { __proto__: null, get: settleJson, enumerable: false, configurable: false });
  defineProperty(box, 16, { __proto__: null, get: settleUndefined, enumerable: false, configurable: false });
  defineProperty(box, 17, { __proto__: null, get: settleShape, enumerable: false, configurable: false });
  function settleError(code, message, id) {
    timeKnown = false;
    const call = next();
    const { promise, reject } = call;
    recycle(call);
    const error = makeError(code, message, id);
    lastRejected = { __proto__: null, promise, error };
    reject(error);
  }
  // After a rejection and a run to quiescence: the host id of the error if nothing awaited
  // or handled it, else -1.
  function unhandled() {
    const entry = lastRejected;
    lastRejected = undefined;
    if (entry === undefined || hasOwn(entry.error, 'stack') || apply(wsHas, handled, [entry.promise])) return -1;
    return apply(wmGet, robotErrors, [entry.error]);
  }
  function record() {
    const result = {};
    for (let i = 0; i + 1 < arguments.length; i += 2) defineProperty(result, arguments[i], data(arguments[i + 1]));
    return result;
  }
  function list() {
    const result = [];
    for (let i = 0; i < arguments.length; i++) defineProperty(result, i, data(arguments[i]));
    return result;
  }

${FORMAT_SOURCE}
  let open = true;
  function logger(level) {
    return function () {
      if (!open) return;
      let line = '';
      for (let i = 0; i < arguments.length && line.length <= MAX_LINE; i++) {
        line += (i === 0 ? '' : ' ') + formatSafe(arguments[i], 0);
      }
      if (line.length > MAX_LINE) line = apply(slice, line, [0, MAX_LINE]) + '…';
      open = hostLog(level, line);
    };
  }

  // --- failures: what the host needs to know about a thrown value ---
  function describe(reason) {
    const out = { __proto__: null, isError: false, name: '', message: '', stack: '', id: -1, feature: '', text: '' };
    try {
      if ((typeof reason === 'object' && reason !== null) || typeof reason === 'function') {
        const id = apply(wmGet, robotErrors, [reason]);
        if (id !== undefined) out.id = id;
        const feature = apply(wmGet, forbiddenErrors, [reason]);
        if (feature !== undefined) out.feature = feature;
        const stack = getOwnPropertyDescriptor(reason, 'stack');
        if (stack !== undefined && hasOwn(stack, 'value') && typeof stack.value === 'string') {
          out.isError = true;
          out.stack = stack.value;
          out.name = S(dataValue(reason, 'name'));
          out.message = S(dataValue(reason, 'message'));
        }
      }
    } catch {}
    if (!out.isError) out.text = formatSafe(reason, 1);
    if (out.text.length > MAX_LINE) out.text = apply(slice, out.text, [0, MAX_LINE]) + '…';
    return out;
  }

  // --- sync calls in simulated time: robot time stands still while the program runs, so
  // drive() and stop() need not reach the host one by one. The host checks every new
  // argument list once (the call goes through, and throws its error at the call site);
  // argument lists it accepted are deferred, and the host applies them in order before its
  // next callback and when the program yields. time() is asked once per slice.
  // QuickJS polls its interrupt handler at calls and jumps; a runaway loop of sync calls
  // must be reported at its call, not wherever in the loop the poll lands: once the slice
  // is over budget (box[19]), the next sync call spins in its wrapper until stopped.
  let timeKnown = false;
  let timeValue = 0;
  // The wheel powers the host last accepted (drive/stop), while no timed move (which sets
  // them itself) was called since: repeating them changes nothing, so it is not passed on.
  let powersKnown = false;
  let powerLeft = 0;
  let powerRight = 0;
  const hostTime = sync.time;
  const hostDrive = sync.drive;
  const hostStop = sync.stop;
  const hostFlush = sync.flush;
  const deferred = { __proto__: null };
  for (let i = 0; i < ${MAX_DEFERRED * 3}; i++) deferred[i] = 0;
  // Argument lists the host accepted: accepted[left][right] === true.
  let accepted = { __proto__: null };
  let acceptedCount = 0;
  let stopAccepted = false;
  function remember(a, b) {
    if (acceptedCount > 1000) {
      accepted = { __proto__: null };
      acceptedCount = 0;
    }
    let rights = accepted[a];
    if (rights === undefined) {
      rights = { __proto__: null };
      accepted[a] = rights;
    }
    rights[b] = true;
    acceptedCount++;
  }
  // An error the host throws surfaces first in a wrapper below, so QuickJS's stack for it
  // starts with prelude frames: drop them, and the stack reads as if the host had thrown
  // straight into the student's code.
  function fromCallSite(error) {
    try {
      const stack = getOwnPropertyDescriptor(error, 'stack');
      if (stack === undefined || typeof stack.value !== 'string') return error;
      let text = stack.value;
      let cut = apply(indexOf, text, ['\\n']);
      if (cut < 0 || apply(indexOf, apply(slice, text, [0, cut]), [PRELUDE]) < 0) return error;
      while (cut >= 0 && apply(indexOf, apply(slice, text, [0, cut]), [PRELUDE]) >= 0) {
        text = apply(slice, text, [cut + 1]);
        cut = apply(indexOf, text, ['\\n']);
      }
      defineProperty(error, 'stack', { __proto__: null, value: text, writable: true, enumerable: false, configurable: true });
    } catch {}
    return error;
  }
  // Every sync method is a prelude wrapper; with simulatedTime, drive/stop/time are the
  // deferring ones below.
  const syncMethods = { __proto__: null };
  const syncNames = ${JSON.stringify(SYNC_METHODS)};
  for (let i = 0; i < syncNames.length; i++) {
    const name = syncNames[i];
    const hostFn = sync[name];
    syncMethods[name] = {
      [name](...args) {
        if (box[19]) for (;;) {}
        try {
          return apply(hostFn, undefined, args);
        } catch (error) {
          throw fromCallSite(error);
        }
      },
    }[name];
  }
  if (options.simulatedTime) {
    syncMethods.drive = {
      drive(left, right) {
        if (box[19]) for (;;) {}
        try {
          if (typeof left === 'number' && typeof right === 'number') {
            if (powersKnown && left === powerLeft && right === powerRight) return undefined;
            const rights = accepted[left];
            if (rights !== undefined && rights[right] === true) {
              if (box[18] === ${MAX_DEFERRED}) hostFlush();
              const at = box[18] * 3;
              deferred[at] = 0;
              deferred[at + 1] = left;
              deferred[at + 2] = right;
              box[18] = box[18] + 1;
            } else {
              hostDrive(left, right);
              remember(left, right);
            }
            powersKnown = true;
            powerLeft = left;
            powerRight = right;
            return undefined;
          }
          return hostDrive(left, right);
        } catch (error) {
          throw fromCallSite(error);
        }
      },
    }.drive;
    // Own length 0, as the host functions (and the other wrappers) have.
    defineProperty(syncMethods.drive, 'length', { __proto__: null, value: 0, writable: false, enumerable: false, configurable: true });
    syncMethods.stop = {
      stop() {
        if (box[19]) for (;;) {}
        if (powersKnown && powerLeft === 0 && powerRight === 0) return undefined;
        if (!stopAccepted) {
          hostStop();
          stopAccepted = true;
        } else {
          if (box[18] === ${MAX_DEFERRED}) hostFlush();
          deferred[box[18] * 3] = 1;
          box[18] = box[18] + 1;
        }
        powersKnown = true;
        powerLeft = 0;
        powerRight = 0;
        return undefined;
      },
    }.stop;
    syncMethods.time = {
      time() {
        if (box[19]) for (;;) {}
        if (!timeKnown) {
          timeValue = hostTime();
          timeKnown = true;
        }
        return timeValue;
      },
    }.time;
  }

  // --- random numbers: deterministic when the host gives a seed (mulberry32) ---
  if (typeof options.seed === 'number') {
    let state = options.seed >>> 0;
    const random = function random() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = imul(t ^ (t >>> 15), t | 1);
      t ^= t + imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    defineProperty(Math, 'random', { __proto__: null, value: random, writable: true, enumerable: false, configurable: true });
    // The host clock would make runs differ: "now" is robot time (ms since the start).
    const RealDate = Date;
    const construct = Reflect.construct;
    const robotNow = syncMethods.time;
    const SimDate = function Date(...args) {
      if (new.target === undefined) return String(new RealDate(robotNow()));
      return args.length === 0 ? new RealDate(robotNow()) : construct(RealDate, args, new.target);
    };
    SimDate.prototype = RealDate.prototype;
    SimDate.now = function now() {
      return robotNow();
    };
    SimDate.UTC = RealDate.UTC;
    SimDate.parse = RealDate.parse;
    defineProperty(RealDate.prototype, 'constructor', { __proto__: null, value: SimDate, writable: true, enumerable: false, configurable: true });
    defineProperty(G, 'Date', { __proto__: null, value: SimDate, writable: true, enumerable: false, configurable: true });
  }

  // --- the globals ---
  const asyncMethods = {
    ${asyncMethods}
  };
  const robot = {};
  const names = ${JSON.stringify(ROBOT_METHODS)};
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const method = hasOwn(asyncMethods, name) ? asyncMethods[name] : syncMethods[name];
    defineProperty(robot, name, { __proto__: null, value: freeze(method), writable: false, enumerable: true, configurable: false });
  }
  defineProperty(G, 'robot', fixed(freeze(robot)));
  const levels = ${JSON.stringify(CONSOLE_LEVELS)};
  const console = {};
  for (let i = 0; i < levels.length; i++) {
    defineProperty(console, levels[i], { __proto__: null, value: freeze(logger(i)), writable: false, enumerable: true, configurable: false });
  }
  defineProperty(console, 'debug', { __proto__: null, value: console.log, writable: false, enumerable: true, configurable: false });
  defineProperty(G, 'console', fixed(freeze(console)));
  const forbidden = ${JSON.stringify(FORBIDDEN_GLOBALS)};
  for (let i = 0; i < forbidden.length; i++) {
    const feature = forbidden[i];
    const get = function () {
      const error = new E('"' + feature + '" is not available in robot programs.');
      defineProperty(error, 'code', { __proto__: null, value: 'NOT_ALLOWED', writable: true, enumerable: true, configurable: true });
      apply(wmSet, forbiddenErrors, [error, feature]);
      throw error;
    };
    defineProperty(G, feature, { __proto__: null, get, set: undefined, enumerable: false, configurable: false });
  }

  return freeze({ __proto__: null, box, deferred, watch, settleError, unhandled, record, list, plain, error: makeError, describe, defineShape, defineBits });
})`;
