/**
 * Part of the prelude (see prelude.ts, whose captured intrinsics it uses): formats console
 * arguments like a browser console. It never calls getters (data properties only), stops
 * at depth 3, 100 items, 50 keys or MAX_LINE characters, and a value whose proxy traps or
 * conversions throw prints as `[unprintable]`. Traps that loop are stopped by the budget.
 */
export const FORMAT_SOURCE = `
  function dataValue(object, key) {
    for (let o = object, depth = 0; o !== null && depth < 20; o = getPrototypeOf(o), depth++) {
      const d = getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return hasOwn(d, 'value') ? d.value : undefined;
    }
    return undefined;
  }
  function isDate(value) {
    try { apply(dateTime, value, []); return true; } catch { return false; }
  }
  function keyText(key) {
    for (let i = 0; i < key.length; i++) {
      const c = apply(charCodeAt, key, [i]);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;
      if (!letter && (i === 0 || c < 48 || c > 57)) return quote(key);
    }
    return key === '' ? quote(key) : key;
  }
  function format(value, depth) {
    switch (typeof value) {
      case 'string': return depth === 0 ? value : quote(value);
      case 'number': return is(value, -0) ? '-0' : S(value);
      case 'bigint': return S(value) + 'n';
      case 'boolean': case 'undefined': case 'symbol': return S(value);
      case 'function': {
        const name = dataValue(value, 'name');
        return typeof name === 'string' && name !== '' ? '[Function ' + name + ']' : '[Function]';
      }
    }
    if (value === null) return 'null';
    const array = isArray(value);
    if (depth > 2) return array ? '[Array]' : '[Object]';
    if (array) {
      const length = dataValue(value, 'length');
      let out = '[';
      for (let i = 0; i < length; i++) {
        if (out.length > MAX_LINE || i >= 100) { out += ', …'; break; }
        const d = getOwnPropertyDescriptor(value, i);
        out += (i === 0 ? '' : ', ') + (d === undefined ? 'empty' : hasOwn(d, 'value') ? format(d.value, depth + 1) : '[Getter]');
      }
      return out + ']';
    }
    const stack = getOwnPropertyDescriptor(value, 'stack');
    if (stack !== undefined && hasOwn(stack, 'value')) {
      return S(dataValue(value, 'name')) + ': ' + S(dataValue(value, 'message'));
    }
    if (isDate(value)) {
      try { return apply(dateIso, value, []); } catch { return 'Invalid Date'; }
    }
    const names = keys(value);
    let out = '{';
    for (let i = 0; i < names.length; i++) {
      if (out.length > MAX_LINE || i >= 50) { out += ', …'; break; }
      const d = getOwnPropertyDescriptor(value, names[i]);
      if (d === undefined) continue;
      out += (out === '{' ? '' : ', ') + keyText(names[i]) + ': ' + (hasOwn(d, 'value') ? format(d.value, depth + 1) : '[Getter]');
    }
    return out + '}';
  }
  function formatSafe(value, depth) {
    try { return format(value, depth); } catch { return '[unprintable]'; }
  }
`;
