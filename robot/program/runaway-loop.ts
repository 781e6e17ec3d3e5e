import type { CompiledProgram, Position } from './compile.ts';
import { isOpening, matchBrackets, type Token, tokenize } from './js-tokens.ts';

/*
 * Which loop never waits. When the runner stops a runaway at an interrupt poll, the stack
 * QuickJS builds says where the program stood only as finely as its position table, which
 * has entries at calls and property reads, not at jumps: `while (true) {}` after
 * `robot.led(true)` is placed on that call, a loop in `spin()` on `function spin`'s line,
 * a bare `while (true) {}` in the wrapper (no line at all). Every outer frame is exact (it
 * stands at a call). So the stack says which function ran and a place at or before the
 * loop; this light scan of the compiled program (a tokenizer and bracket matching, not a
 * parser) finds the loops of that function and picks the one the stop came from.
 *
 * The rule, per frame from the innermost out: in the innermost frame, the loops of its
 * function around that place (innermost first) or after it (in order), less those that
 * await something (a loop that awaits a robot call yields every turn); in an outer frame,
 * the innermost loop around the call. The first pick whose condition is constant (`true`,
 * `1`, `for (;;)`) wins, else the innermost frame's pick. It can be fooled: a finished
 * loop with no call in it, right before a runaway whose condition is not a constant, looks
 * just like that runaway.
 */

interface Span {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
}

interface Loop extends Span {
  /** Index of the innermost function around it. */
  fn: number;
  /** Its condition is a constant true: `while (true)`, `for (;;)`, `do … while (1)`. */
  endless: boolean;
  /** An `await` runs inside it (not counting nested functions). */
  waits: boolean;
}

interface Frame {
  /** UTF-16 offset in the code of the frame's position. */
  offset: number;
  /** QuickJS's position is where the frame stands (a call), not merely at or before it. */
  exact: boolean;
}

const FRAME = /^\s*at (?:.*? \()?(.*):(\d+):(\d+)\)?$/;
/** Words whose `(…) {` is not a method. */
const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'function']);
/** Words that may stand before a method's name. */
const METHOD_PREFIX = new Set(['async', 'static', 'get', 'set', '*', '#']);

/**
 * The student's position of the loop a NEVER_WAITS stop came from, given the stack of the
 * error QuickJS threw at the stop; undefined when the stop landed in the binding (a sync
 * robot call, whose own position is exact) or no loop is found.
 */
export function runawayLoop(
  stack: string,
  fileName: string,
  program: CompiledProgram,
): Position | undefined {
  const { code } = program;
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const frames: Frame[] = [];
  let first = true;
  for (const text of stack.split('\n')) {
    if (text.trim() === '') continue;
    const match = FRAME.exec(text);
    const inProgram = match?.[1] === fileName;
    // Stopped inside the binding: the student's frame below it stands at the call.
    if (first && !inProgram && match) return undefined;
    if (inProgram) {
      const line = Number(match?.[2]);
      const start = lineStarts[line - 1] ?? code.length;
      const offset = start + utf16Offset(code, start, Number(match?.[3]));
      frames.push({ offset, exact: !first });
    }
    first = false;
  }
  if (frames.length === 0) return undefined;
  const scan = scanLoops(code);
  const picks = frames
    .map((frame) => pickLoop(scan, frame))
    .filter((loop): loop is Loop => loop !== undefined);
  const loop = picks.find((l) => l.endless) ?? picks[0];
  if (!loop) return undefined;
  const offset = scan.tokens[loop.start]?.start ?? 0;
  let line = 1;
  while (line < lineStarts.length && (lineStarts[line] ?? 0) <= offset) line++;
  const lineStart = lineStarts[line - 1] ?? 0;
  return program.toSource(line, codePoints(code, lineStart, offset) + 1);
}

interface Scan {
  tokens: Token[];
  fns: Span[];
  loops: Loop[];
}

function pickLoop(scan: Scan, frame: Frame): Loop | undefined {
  const { tokens, fns, loops } = scan;
  let at = 0;
  while (at + 1 < tokens.length && (tokens[at + 1]?.start ?? 0) <= frame.offset) at++;
  const fn = innermost(fns, at);
  const own = loops.filter((l) => l.fn === fn);
  const around = own.filter((l) => l.start <= at && at < l.end).sort((a, b) => b.start - a.start);
  if (frame.exact) return around.find((l) => !l.waits);
  const after = own.filter((l) => l.start > at);
  const candidates = [...around, ...after].filter((l) => !l.waits);
  return candidates.find((l) => l.endless) ?? candidates[0];
}

/** Index of the innermost span around token `at` (spans nest), -1 when none. */
function innermost(spans: readonly Span[], at: number): number {
  let found = -1;
  spans.forEach((span, i) => {
    if (
      span.start <= at &&
      at < span.end &&
      (found < 0 || span.start >= (spans[found]?.start ?? 0))
    )
      found = i;
  });
  return found;
}

/** The functions and loops of `code`. */
function scanLoops(code: string): Scan {
  const tokens = tokenize(code);
  const text = (i: number) => tokens[i]?.text ?? '';
  const match = matchBrackets(tokens);
  const fns: Span[] = [];
  const bodies = new Set<number>();
  const addFn = (head: number, body: number) => {
    if (text(body) !== '{' || bodies.has(body)) return;
    bodies.add(body);
    fns.push({ start: head, end: (match[body] ?? tokens.length) + 1 });
  };
  const doTails = new Set<number>();
  const loops: Omit<Loop, 'fn' | 'waits'>[] = [];
  /** One past the end of the statement that starts at `s` (a loop body). */
  const statementEnd = (s: number): number => {
    if (text(s) === '{') return (match[s] ?? tokens.length) + 1;
    for (let u = s; u < tokens.length; u++) {
      const t = text(u);
      if (isOpening(t)) u = match[u] ?? tokens.length;
      else if (t === ';') return u + 1;
      else if (t === ')' || t === ']' || t === '}') return u;
    }
    return tokens.length;
  };
  const isConstant = (from: number, to: number) =>
    to === from || (to === from + 1 && (text(from) === 'true' || text(from) === '1'));
  for (let t = 0; t < tokens.length; t++) {
    const word = text(t);
    if (text(t - 1) === '.') continue;
    if (word === 'function') {
      let open = t + 1;
      while (open < tokens.length && text(open) !== '(') open++;
      addFn(text(t - 1) === 'async' ? t - 1 : t, (match[open] ?? tokens.length) + 1);
    } else if (word === '=>') {
      let head = text(t - 1) === ')' ? (match[t - 1] ?? t - 1) : t - 1;
      if (text(head - 1) === 'async') head--;
      addFn(head, t + 1);
    } else if (word === '{' && text(t - 1) === ')') {
      const open = match[t - 1] ?? 0;
      const name = text(open - 1);
      if (!/^[\w$\]\u00a0-\uffff]/.test(name) || CONTROL.has(name) || text(open - 2) === 'function')
        continue;
      let head = name === ']' ? (match[open - 1] ?? open - 1) : open - 1;
      while (METHOD_PREFIX.has(text(head - 1))) head--;
      addFn(head, t);
    } else if (word === 'for' || (word === 'while' && !doTails.has(t))) {
      const open = text(t + 1) === 'await' ? t + 2 : t + 1;
      if (text(open) !== '(') continue;
      const close = match[open] ?? tokens.length;
      let endless = isConstant(open + 1, close);
      if (word === 'for') {
        const parts = semicolons(tokens, match, open + 1, close);
        endless = parts.length === 2 && isConstant((parts[0] ?? 0) + 1, parts[1] ?? 0);
      }
      loops.push({ start: t, end: statementEnd(close + 1), endless });
    } else if (word === 'do') {
      const tail = statementEnd(t + 1);
      if (text(tail) !== 'while' || text(tail + 1) !== '(') continue;
      doTails.add(tail);
      const close = match[tail + 1] ?? tokens.length;
      loops.push({ start: t, end: close + 1, endless: isConstant(tail + 2, close) });
    }
  }
  const awaits = tokens.flatMap((token, i) =>
    token.text === 'await' ? [{ at: i, fn: innermost(fns, i) }] : [],
  );
  return {
    tokens,
    fns,
    loops: loops.map((loop) => {
      const fn = innermost(fns, loop.start);
      const waits = awaits.some((a) => loop.start <= a.at && a.at < loop.end && a.fn === fn);
      return { ...loop, fn, waits };
    }),
  };
}

/** Token indexes of the `;`s between `from` and `to` that are not inside brackets. */
function semicolons(tokens: Token[], match: number[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let u = from; u < to; u++) {
    const t = tokens[u]?.text ?? '';
    if (isOpening(t)) u = match[u] ?? to;
    else if (t === ';') found.push(u);
  }
  return found;
}

/** UTF-16 units from `lineStart` to the 1-based code-point column `column`. */
function utf16Offset(code: string, lineStart: number, column: number): number {
  let units = 0;
  for (let point = 1; point < column && lineStart + units < code.length; point++) {
    units += (code.codePointAt(lineStart + units) ?? 0) > 0xffff ? 2 : 1;
  }
  return units;
}

/** Code points from `from` to `to`. */
function codePoints(code: string, from: number, to: number): number {
  let points = 0;
  for (let u = from; u < to; u += (code.codePointAt(u) ?? 0) > 0xffff ? 2 : 1) points++;
  return points;
}
