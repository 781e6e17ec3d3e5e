import { ROBOT_METHODS, SYNC_METHODS } from '../robot.ts';

/**
 * Robot calls that return a promise but are used without `await`: the commonest silent bug
 * of beginners. `let d = robot.distance(); while (d > 18) …` compares a promise with 18,
 * so the loop never runs and the program "finishes" with the robot never moving.
 *
 * A light scan, not a parser: it skips comments, strings and template text, and finds
 * `robot.<method>(` for a method that returns a promise. The call is fine when the word
 * before it is `await`, `return` or `yield` (a caller waits for it), or when `.then(`
 * follows its closing bracket. Anything else is reported.
 */

/** One robot call without `await`: 1-based line and column of `robot`. */
export interface MissingAwait {
  line: number;
  column: number;
  /** The method, e.g. "distance". */
  method: string;
}

const ASYNC = new Set<string>(
  ROBOT_METHODS.filter((method) => !(SYNC_METHODS as readonly string[]).includes(method)),
);

/** Words after which a promise is waited for or handed on. */
const WAITED = new Set(['await', 'return', 'yield']);

const CALL = /robot\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** Every robot call in `source` that returns a promise and is not awaited. */
export function findMissingAwaits(source: string): MissingAwait[] {
  const found: MissingAwait[] = [];
  const code = blankOutText(source);
  let previousWord = '';
  let i = 0;
  while (i < code.length) {
    const char = code[i] as string;
    if (/[A-Za-z_$]/.test(char)) {
      const startsName = i === 0 || !/[\w$.]/.test(code[i - 1] as string);
      CALL.lastIndex = i;
      const call = startsName ? CALL.exec(code) : null;
      if (call && ASYNC.has(call[1] as string)) {
        const end = closingBracket(code, CALL.lastIndex - 1);
        const then = /^\s*\.\s*then\s*\(/.test(code.slice(end + 1, end + 40));
        if (!WAITED.has(previousWord) && !then) {
          found.push({ ...position(source, i), method: call[1] as string });
        }
      }
      WORD.lastIndex = i;
      const word = WORD.exec(code)?.[0] ?? char;
      previousWord = word;
      i += word.length;
      continue;
    }
    if (!/\s/.test(char)) previousWord = char;
    i++;
  }
  return found;
}

/** The index of the `)` that closes the `(` at `open` (or the end of the text). */
function closingBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i;
  }
  return code.length - 1;
}

/**
 * `source` with comments, strings and template text replaced by spaces (line breaks kept),
 * so positions stay the same and nothing inside them looks like code. `${…}` inside a
 * template stays code.
 */
function blankOutText(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    const next = source[i + 1];
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (char === '"' || char === "'") {
      let k = i + 1;
      while (k < source.length && source[k] !== char && source[k] !== '\n') {
        k += source[k] === '\\' ? 2 : 1;
      }
      blank(i + 1, k);
      i = k + 1;
    } else if (char === '`' || (char === '}' && templates.at(-1) === braces)) {
      if (char === '}') templates.pop();
      let k = i + 1;
      while (
        k < source.length &&
        source[k] !== '`' &&
        !(source[k] === '$' && source[k + 1] === '{')
      ) {
        k += source[k] === '\\' ? 2 : 1;
      }
      blank(i + 1, k);
      if (source[k] === '$') {
        templates.push(braces);
        i = k + 2;
      } else i = k + 1;
    } else {
      if (char === '{') braces++;
      else if (char === '}') braces--;
      i++;
    }
  }
  return out.join('');
}

function position(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
