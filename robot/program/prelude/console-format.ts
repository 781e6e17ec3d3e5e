// biome-ignore-all lint/style/useTemplate: QuickJS runs a template literal as a call to
// String.prototype.concat, which the student's code may replace.
import type { Intrinsics } from './intrinsics.ts';
import type { PreludeConstants } from './layout.ts';

/**
 * VM side (see index.ts): formats console arguments like a browser console. It never calls
 * getters (data properties only), stops at depth 3, 100 items, 50 keys or maxLineChars
 * characters, and a value whose proxy traps or conversions throw prints as `[unprintable]`.
 * Traps that loop are stopped by the budget.
 */
export function createFormatter(intrinsics: Intrinsics, constants: PreludeConstants) {
  const { getPrototypeOf, getOwnPropertyDescriptor, hasOwn, is, apply, isArray, keys } = intrinsics;
  const { quote, String: S, charCodeAt, dateTime, dateIso, indexOf, slice } = intrinsics;
  const MAX_LINE = constants.maxLineChars;

  /** `object[key]` if it is a data property (own or inherited), else undefined. */
  function dataValue(object: object, key: PropertyKey): unknown {
    for (let o: object | null = object, depth = 0; o !== null && depth < 20; depth++) {
      const d = getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return hasOwn(d, 'value') ? d.value : undefined;
      o = getPrototypeOf(o);
    }
    return undefined;
  }
  function isDate(value: object): boolean {
    try {
      apply(dateTime, value, []);
      return true;
    } catch {
      return false;
    }
  }
  function keyText(key: string): string {
    for (let i = 0; i < key.length; i++) {
      const c: number = apply(charCodeAt, key, [i]);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;
      if (!letter && (i === 0 || c < 48 || c > 57)) return quote(key);
    }
    return key === '' ? quote(key) : key;
  }
  function format(value: unknown, depth: number): string {
    switch (typeof value) {
      case 'string':
        return depth === 0 ? value : quote(value);
      case 'number':
        return is(value, -0) ? '-0' : S(value);
      case 'bigint':
        return S(value) + 'n';
      case 'boolean':
      case 'undefined':
      case 'symbol':
        return S(value);
      case 'function': {
        const name = dataValue(value, 'name');
        return typeof name === 'string' && name !== '' ? '[Function ' + name + ']' : '[Function]';
      }
    }
    if (value === null) return 'null';
    const object = value as object;
    const array = isArray(object);
    if (depth > 2) return array ? '[Array]' : '[Object]';
    if (array) {
      const length = dataValue(object, 'length') as number;
      let out = '[';
      for (let i = 0; i < length; i++) {
        if (out.length > MAX_LINE || i >= 100) {
          out += ', …';
          break;
        }
        const d = getOwnPropertyDescriptor(object, i);
        const item =
          d === undefined ? 'empty' : hasOwn(d, 'value') ? format(d.value, depth + 1) : '[Getter]';
        out += (i === 0 ? '' : ', ') + item;
      }
      return out + ']';
    }
    const stack = getOwnPropertyDescriptor(object, 'stack');
    if (stack !== undefined && hasOwn(stack, 'value')) {
      return S(dataValue(object, 'name')) + ': ' + S(dataValue(object, 'message'));
    }
    if (isDate(object)) {
      try {
        return apply(dateIso, object, []);
      } catch {
        return 'Invalid Date';
      }
    }
    const names = keys(object);
    let out = '{';
    for (let i = 0; i < names.length; i++) {
      if (out.length > MAX_LINE || i >= 50) {
        out += ', …';
        break;
      }
      const name = names[i] as string;
      const d = getOwnPropertyDescriptor(object, name);
      if (d === undefined) continue;
      const item = hasOwn(d, 'value') ? format(d.value, depth + 1) : '[Getter]';
      out += (out === '{' ? '' : ', ') + keyText(name) + ': ' + item;
    }
    return out + '}';
  }
  /** The text of `value`; strings at depth 0 print bare, deeper ones quoted. */
  function formatSafe(value: unknown, depth: number): string {
    try {
      return format(value, depth);
    } catch {
      return '[unprintable]';
    }
  }
  /**
   * `text` with each NUL shown as ␀. The host reads a VM string as a C string, which ends
   * at the first NUL: console.log('a\0b') would print "a" and drop the rest.
   */
  function noNul(text: string): string {
    let out = '';
    let from = 0;
    for (let at = apply(indexOf, text, ['\0']); at >= 0; at = apply(indexOf, text, ['\0', from])) {
      out += apply(slice, text, [from, at]) + '\u2400';
      from = at + 1;
    }
    return from === 0 ? text : out + apply(slice, text, [from]);
  }
  return { __proto__: null, dataValue, formatSafe, noNul };
}

export type Formatter = ReturnType<typeof createFormatter>;
