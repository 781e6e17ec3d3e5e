// biome-ignore-all lint/style/useTemplate: QuickJS runs a template literal as a call to
// String.prototype.concat, which the student's code may replace.
import type { Formatter } from './console-format.ts';
import type { Intrinsics } from './intrinsics.ts';
import type { FailureInfo, PreludeConstants } from './layout.ts';

/**
 * VM side (see index.ts): the errors the binding makes (robot call failures, by the host's
 * id; NOT_ALLOWED, by feature) and `describe`, which tells the host what ended a program.
 */
export function createErrors(
  intrinsics: Intrinsics,
  constants: PreludeConstants,
  formatter: Formatter,
) {
  const { defineProperty, getOwnPropertyDescriptor, hasOwn, apply, String: S } = intrinsics;
  const { Error: E, WeakMap: WM, weakMapGet, weakMapSet, slice, create, keys } = intrinsics;
  const { dataValue, formatSafe, noNul } = formatter;
  const MAX_LINE = constants.maxLineChars;
  const defaults = constants.failureDefaults;
  const robotErrors = new WM<object, number>();
  const forbiddenErrors = new WM<object, string>();

  // Descriptors have no prototype: defineProperty would read a polluted `get` off one.
  const property = (value: unknown, enumerable: boolean) => ({
    __proto__: null,
    value,
    writable: true,
    enumerable,
    configurable: true,
  });

  /** A MekongError as the student's code sees it; `id` finds the host's error. */
  function makeError(code: string, message: string, id: number): Error {
    const error = new E(message);
    defineProperty(error, 'name', property('MekongError', false));
    defineProperty(error, 'code', property(code, true));
    // Without a stack, QuickJS records one where the error is thrown into the student's
    // code (the await or the sync call), which is the position we report.
    delete error.stack;
    apply(weakMapSet, robotErrors, [error, id]);
    return error;
  }
  /** The error a forbidden global throws when touched. */
  function forbiddenError(feature: string): Error {
    const error = new E('"' + feature + '" is not available in robot programs.');
    defineProperty(error, 'code', property('NOT_ALLOWED', true));
    apply(weakMapSet, forbiddenErrors, [error, feature]);
    return error;
  }
  /** The host id of a robot call error, or undefined. */
  function robotErrorId(error: unknown): number | undefined {
    return apply(weakMapGet, robotErrors, [error]);
  }
  /** What the host needs to know about a thrown value (see FailureInfo). */
  function describe(reason: unknown) {
    const out = create<FailureInfo>(null);
    const fields = keys(defaults);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as keyof FailureInfo;
      defineProperty(out, field, property(defaults[field], true));
    }
    try {
      if ((typeof reason === 'object' && reason !== null) || typeof reason === 'function') {
        const id = apply(weakMapGet, robotErrors, [reason]);
        if (id !== undefined) out.id = id;
        const feature = apply(weakMapGet, forbiddenErrors, [reason]);
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
    out.name = noNul(out.name);
    out.message = noNul(out.message);
    out.stack = noNul(out.stack);
    out.text = noNul(out.text);
    return out;
  }
  return { __proto__: null, makeError, forbiddenError, robotErrorId, describe };
}

export type Errors = ReturnType<typeof createErrors>;
