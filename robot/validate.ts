import type { z } from 'zod';
import { MekongError } from './errors.ts';
import { codedEntry, type PhraseCode } from './i18n/catalog.ts';
import { anyPhrase, phrase, type TextParam } from './i18n/localize.ts';

/** A JSON path as students and teachers read it: `motors.left.pwm`, `walls[2].from.x`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** A field's path, or "(top level)" in the reader's language. */
function pathText(path: readonly PropertyKey[]): TextParam {
  return path.length === 0 ? phrase('topLevel') : formatPath(path);
}

/** A JSON value's type, as JSON_TYPE_NAMES names it. */
function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * What is wrong with one field, worded in the reader's language when shown: zod's own
 * checks from their code and values, and a schema's own check when its message is a
 * phrase code (its `params` fill it). zod's English message is the last resort.
 */
export function issueText(issue: z.core.$ZodIssue): TextParam {
  const custom = (issue as { params?: Record<string, string | number> }).params ?? {};
  if (codedEntry('phrases', issue.message)) return anyPhrase(issue.message as PhraseCode, custom);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? phrase('fieldMissing', { jsonType: issue.expected })
        : phrase('fieldWrongType', {
            jsonType: issue.expected,
            jsonReceived: jsonTypeOf(issue.input),
          });
    case 'invalid_value':
      return phrase('notOneOf', {
        choices: issue.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'unrecognized_keys':
      return phrase('unknownKeys', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return phrase('atLeastItems', { min });
      if (issue.origin === 'string') return phrase('atLeastChars', { min });
      return phrase(issue.inclusive === false ? 'moreThan' : 'atLeast', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return phrase('atMostItems', { max });
      if (issue.origin === 'string') return phrase('atMostChars', { max });
      return phrase(issue.inclusive === false ? 'lessThan' : 'atMost', { max });
    }
    case 'not_multiple_of':
      return phrase('multipleOf', { divisor: Number(issue.divisor) });
    case 'invalid_union':
      return phrase('noAllowedForm');
    case 'invalid_format':
      return phrase('badFormat');
    default:
      return issue.message;
  }
}

/**
 * Checks `data` against `schema`; on failure throws FILE_INVALID naming `file`, the
 * field path and what was wrong (all problems are listed in `expected`, then `example`:
 * a file to look at).
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  example?: string,
): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const all = issues.map((issue) =>
    phrase('problemAt', { path: pathText(issue.path), problem: issueText(issue) }),
  );
  const hint = example === undefined ? '' : phrase('seeExample', { file: example });
  throw new MekongError('FILE_INVALID', {
    file,
    path: pathText(first?.path ?? []),
    problem: first ? issueText(first) : phrase('notValid'),
    expected: issues.length > 1 ? phrase('allProblems', { problems: all, hint }) : hint,
  });
}

/** Parses JSON text; a syntax error becomes FILE_UNREADABLE naming the file and position. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MekongError('FILE_UNREADABLE', {
      file,
      detail: error instanceof Error ? error.message : String(error),
      format: 'JSON',
    });
  }
}
