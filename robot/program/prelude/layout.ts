import { ROBOT_METHODS, SYNC_METHODS } from '../../robot.ts';
import { FORBIDDEN_GLOBALS } from '../forbidden-globals.ts';

/**
 * The protocol between the host and the prelude, defined once: the host reads these
 * constants, and the prelude gets the same object (`PRELUDE_CONSTANTS`) as a parameter.
 */

/** Async methods in the order of their index in the queue protocol. */
export const ASYNC_METHODS = ROBOT_METHODS.filter(
  (method) => !(SYNC_METHODS as readonly string[]).includes(method),
) as readonly Exclude<(typeof ROBOT_METHODS)[number], (typeof SYNC_METHODS)[number]>[];

/** Async methods that set the wheel powers themselves (timed moves). */
const POWER_METHODS: readonly string[] = ['forward', 'backward', 'turn'];

/** Console methods and their level index in the `hostLog` protocol. */
export const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error'] as const;

/** Longest console line, chars; the formatter stops building once it is reached. */
export const MAX_LINE_CHARS = 2000;
/** Longest string argument passed to the host, chars. */
export const MAX_ARG_CHARS = 1000;
/** Arguments beyond this many are not passed to the host. */
export const MAX_ARGS = 8;

/**
 * Keys of the mailbox (`box`), a null-prototype VM object the host reads and writes with
 * getProp/setProp, which cost a fraction of a function call in quickjs-emscripten.
 */
export const MAILBOX = {
  /** The oldest unsettled call: method * 16 + argument count (+ 256 if all are numbers). */
  code: 0,
  /** Its arguments, MAX_ARGS slots. */
  args: 1,
  /** Its call site (trackLines): the VM stack when it was made. */
  site: 9,
  /** State of main: 0 pending, 1 fulfilled, 2 rejected. */
  mainState: 10,
  /** Why main was rejected. */
  failure: 11,
  /** Getter: resolves the oldest call with `value`; 1 if that threw (see `thrown`). */
  settle: 12,
  value: 13,
  thrown: 14,
  /** Getter: same with the JSON text in `value`. */
  settleJson: 15,
  /** Getter: same with undefined. */
  settleUndefined: 16,
  /** Getter: same with a new object of shape `value` (see defineShape), fields in `fields`. */
  settleShape: 17,
  /** Sync calls deferred (simulatedTime); the host applies them, then sets this to 0. */
  deferredCount: 18,
  /** True once the slice is over its time budget: the next sync call spins until stopped. */
  overdue: 19,
  /** Field values of a shaped result, MAX_SHAPE_FIELDS slots. */
  fields: 20,
  /** Getter: `code` + 1 (0 without a call) + STATUS_DEFERRED × `deferredCount`. */
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

/**
 * Sync methods the prelude may defer (with `simulatedTime`), by their code in the deferred
 * list, and how many arguments each acts on.
 */
export const DEFERRED_METHODS = ['drive', 'stop'] as const;
export const DEFERRED_ARITY = [2, 0] as const;
/** Slots per deferred call in the list: its code, then its arguments. */
export const DEFERRED_STRIDE = 3;
/** Deferred calls held in the VM before it asks the host to apply them. */
export const MAX_DEFERRED = 32;

/** File name of the prelude in stack traces (never the student's file). */
export const PRELUDE_FILE = 'mekong:prelude';

/** What the prelude's `describe()` tells about a value that ended the program. */
export interface FailureInfo {
  isError: boolean;
  name: string;
  message: string;
  stack: string;
  /** Host id of a robot call error, -1 otherwise. */
  id: number;
  /** Set when the binding threw NOT_ALLOWED for this feature. */
  feature: string;
  /** The formatted value, for thrown non-errors. */
  text: string;
}

/** The fields of a FailureInfo and their values until `describe()` learns better. */
export const FAILURE_DEFAULTS: FailureInfo = {
  isError: false,
  name: '',
  message: '',
  stack: '',
  id: -1,
  feature: '',
  text: '',
};

/** Everything the prelude needs to know, passed to it as JSON. */
export const PRELUDE_CONSTANTS = {
  mailbox: MAILBOX,
  statusDeferred: STATUS_DEFERRED,
  bitsBase: BITS_BASE,
  maxShapeFields: MAX_SHAPE_FIELDS,
  maxDeferred: MAX_DEFERRED,
  deferredStride: DEFERRED_STRIDE,
  /** Codes of the deferred methods in the deferred list. */
  deferredCode: {
    drive: DEFERRED_METHODS.indexOf('drive'),
    stop: DEFERRED_METHODS.indexOf('stop'),
  },
  maxLineChars: MAX_LINE_CHARS,
  maxArgChars: MAX_ARG_CHARS,
  maxArgs: MAX_ARGS,
  preludeFile: PRELUDE_FILE,
  robotMethods: ROBOT_METHODS,
  syncMethods: SYNC_METHODS,
  asyncMethods: ASYNC_METHODS,
  /** By queue index: whether the async method sets the wheel powers itself. */
  powerMethods: ASYNC_METHODS.map((name) => POWER_METHODS.includes(name)),
  consoleLevels: CONSOLE_LEVELS,
  forbiddenGlobals: FORBIDDEN_GLOBALS,
  failureDefaults: FAILURE_DEFAULTS,
} as const;

export type PreludeConstants = typeof PRELUDE_CONSTANTS;
