import { createCallQueue } from './call-queue.ts';
import { createFormatter } from './console-format.ts';
import { createErrors } from './errors.ts';
import { installGlobals } from './globals.ts';
import { installPrelude } from './install.ts';
import { captureIntrinsics } from './intrinsics.ts';
import { PRELUDE_CONSTANTS } from './layout.ts';
import { installSettle } from './settle.ts';
import { createSyncCalls } from './sync-calls.ts';

/**
 * The prelude: the VM side of the binding, evaluated in every program's context before the
 * student's code. It keeps the robot call queue and formats console output inside the VM,
 * so an async robot call costs no VM→host callback; the host pulls queued calls through
 * the mailbox (layout.ts) once the VM is idle.
 *
 * Its files are ordinary TypeScript, linted and type-checked, whose VM-side functions run
 * in QuickJS: they reach the VM as their own source text (Function.prototype.toString),
 * so whatever built this module (esbuild, vitest, a minifying Vite build) the VM runs the
 * same code. Such a function may use only its parameters and, in captureIntrinsics,
 * standard intrinsics; it imports types only (tests/program/prelude.test.ts checks).
 * Evaluating the text is most of a program's setup: 2.0 ms as esbuild leaves it for Node,
 * 1.7 ms minified by the Vite build (QuickJS, best of 400; the old template-string prelude
 * took 1.7 ms).
 *
 * Every intrinsic is captured before the student's code runs, and no prototype is touched
 * afterwards (no `push`, spread, `for…of`, property writes that could reach a setter), so
 * prototype pollution by the student cannot change how the binding behaves.
 */

/** The VM-side functions installPrelude wires together, as the VM receives them. */
export const PRELUDE_PARTS = {
  captureIntrinsics,
  createFormatter,
  createErrors,
  createCallQueue,
  installSettle,
  createSyncCalls,
  installGlobals,
};

export type PreludeParts = typeof PRELUDE_PARTS;

const partsSource = Object.entries(PRELUDE_PARTS)
  .map(([name, part]) => `${name}: ${part.toString()}`)
  .join(',\n');

/**
 * Evaluates to `function (hostLog, sync, options) → api`. `sync` maps each sync method name
 * to its host function, plus `flush` (apply the deferred calls now); `api` (see
 * installPrelude) is only ever held by the host. The parts are call arguments, not inside
 * parentheses: QuickJS scans a parenthesised expression for an arrow before parsing it,
 * which cost 0.4 ms of a 2.5 ms program setup when the whole prelude was inside one.
 */
export const PRELUDE_SOURCE = `(${installPrelude.toString()}).bind(undefined, ${JSON.stringify(PRELUDE_CONSTANTS)}, {
__proto__: null,
${partsSource}
})`;

export {
  ASYNC_METHODS,
  BITS_BASE,
  CONSOLE_LEVELS,
  DEFERRED_ARITY,
  DEFERRED_METHODS,
  DEFERRED_STRIDE,
  FAILURE_DEFAULTS,
  type FailureInfo,
  MAILBOX,
  MAX_ARG_CHARS,
  MAX_ARGS,
  MAX_BIT_SHAPES,
  MAX_LINE_CHARS,
  MAX_SHAPE_FIELDS,
  PRELUDE_CONSTANTS,
  PRELUDE_FILE,
  STATUS_DEFERRED,
} from './layout.ts';
