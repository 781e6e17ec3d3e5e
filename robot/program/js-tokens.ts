/*
 * JavaScript cut into tokens, just finely enough to find statements by their brackets:
 * words, numbers, punctuators, and one `"` token for every string, template or regular
 * expression (their insides and comments skipped). Not a parser: a `/` is taken for a
 * regular expression after an operator, an opening bracket or a keyword.
 */

/** A word, a number, a punctuator, or `"` for a string, template or regular expression. */
export interface Token {
  text: string;
  /** UTF-16 offset in the code. */
  start: number;
}

const WORD = /[A-Za-z_$\u00a0-\uffff][\w$\u00a0-\uffff]*/y;
const NUMBER =
  /(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)n?/y;
/** Words after which `/` starts a regular expression. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'instanceof',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'of',
]);

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** `(`, `[` or `{`. */
export function isOpening(text: string): boolean {
  return text in OPEN;
}

/** For every bracket token, the index of its partner (unmatched: none). */
export function matchBrackets(tokens: Token[]): number[] {
  const match: number[] = [];
  const stack: number[] = [];
  tokens.forEach((token, i) => {
    if (isOpening(token.text)) stack.push(i);
    else if (token.text === ')' || token.text === ']' || token.text === '}') {
      const open = stack.pop();
      if (open === undefined) return;
      match[open] = i;
      match[i] = open;
    }
  });
  return match;
}

/** The tokens of `code`, in order. */
export function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  /** Brace depth at each open `${` of a template. */
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  const regexAllowed = () => {
    const last = tokens.at(-1)?.text;
    if (last === undefined) return true;
    if (last === ')' || last === ']' || last === '"') return false;
    if (/^[\w$\u00a0-\uffff]/.test(last)) return BEFORE_REGEX.has(last);
    return true;
  };
  while (i < code.length) {
    const c = code[i] as string;
    const start = i;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ text: '"', start });
    } else if (c === '`' || (c === '}' && templates.at(-1) === braces)) {
      if (c === '}') templates.pop();
      else tokens.push({ text: '"', start });
      i++;
      while (i < code.length && code[i] !== '`' && !(code[i] === '$' && code[i + 1] === '{')) {
        i += code[i] === '\\' ? 2 : 1;
      }
      if (code[i] === '$') {
        templates.push(braces);
        i += 2;
      } else i++;
    } else if (c === '/' && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < code.length && code[i] !== '\n' && (inClass || code[i] !== '/')) {
        if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i += code[i] === '\\' ? 2 : 1;
      }
      i++;
      WORD.lastIndex = i;
      if (WORD.test(code)) i = WORD.lastIndex;
      tokens.push({ text: '"', start });
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(code[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      NUMBER.exec(code);
      i = Math.max(i + 1, NUMBER.lastIndex);
      tokens.push({ text: code.slice(start, i), start });
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(code)?.[0] ?? (c === '=' && code[i + 1] === '>' ? '=>' : c);
      if (word === '{') braces++;
      else if (word === '}') braces--;
      tokens.push({ text: word, start });
      i += word.length;
    }
  }
  return tokens;
}
