import type { z } from 'zod';
import { MekongError } from './errors.ts';

/** A JSON path as students and teachers read it: `motors.left.pwm`, `walls[2].from.x`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * Checks `data` against `schema`; on failure throws FILE_INVALID naming `file`, the
 * field path and what was expected (all problems are listed in `expected`).
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  expectedHint = '',
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const all = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
  throw new MekongError('FILE_INVALID', {
    file,
    path: first ? formatPath(first.path) : '(top level)',
    problem: first ? first.message : 'is not valid',
    expected: `${issues.length > 1 ? `All problems: ${all}. ` : ''}${expectedHint}`.trim(),
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
