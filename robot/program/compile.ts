import { transform } from 'sucrase';
import { MekongError } from '../errors.ts';
import { syntaxDetail } from './engine-messages.ts';
import { decodeMappings, type LineMappings, sourceColumn } from './source-map.ts';

/**
 * The student's program becomes the body of one async function, so top-level `await`
 * works. The prefix shares line 1 with the student's first line, so line numbers stay
 * exact and only columns on line 1 shift (by `WRAP_PREFIX.length`).
 */
const WRAP_PREFIX = '(async function () {';
const WRAP_SUFFIX = '\n})';

/**
 * Longest program accepted, characters (UTF-16 units). The longest lesson solution is
 * about 3 000; 200 000 is some 4 000 lines. Checked before compiling: a 50 MB source ran
 * the TypeScript transform out of memory, and from about 20 MB QuickJS misplaced errors.
 */
export const MAX_SOURCE_CHARS = 200_000;

/**
 * A TypeScript `namespace`/`module` block: sucrase drops it without a word, and the
 * program then fails with "'NS' is not defined". `declare` blocks are types only.
 */
const NAMESPACE = /^\s*(?:export\s+)?(namespace|module)\s+[A-Za-z_$][\w$.]*\s*(?:\{|$)/;

/** A 1-based position in the student's program. */
export interface Position {
  line: number;
  column: number;
}

export interface CompiledProgram {
  /** JavaScript that evaluates to the async main function. */
  code: string;
  /**
   * Maps a 1-based QuickJS position in `code` (column in code points) to the student's
   * source (column in UTF-16 units, as editors count); undefined inside the wrapper.
   */
  toSource(line: number, column: number): Position | undefined;
  /** The student's source lines (for `import` detection and call-site columns). */
  lines: readonly string[];
}

/**
 * TypeScript goes through sucrase (type erasure only: lines are kept, columns shift where
 * annotations were removed; sucrase's token-level source map brings them back).
 * Throws PROGRAM_TOO_LARGE / SYNTAX_ERROR / NOT_ALLOWED / TS_NOT_SUPPORTED / TOO_NESTED
 * as MekongError.
 */
export function compileProgram(
  source: string,
  language: 'ts' | 'js',
  fileName: string,
): CompiledProgram {
  if (source.length > MAX_SOURCE_CHARS) {
    throw new MekongError('PROGRAM_TOO_LARGE', { chars: source.length, limit: MAX_SOURCE_CHARS });
  }
  // QuickJS counts lines by \n only; one line ending keeps both sides counting alike.
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let js = text;
  let mappings: string | undefined;
  if (language === 'ts') {
    const namespace = lines.findIndex((line) => NAMESPACE.test(line));
    if (namespace >= 0) {
      const line = lines[namespace] as string;
      const feature = NAMESPACE.exec(line)?.[1] ?? 'namespace';
      const where = { line: namespace + 1, column: line.indexOf(feature) + 1 };
      throw new MekongError('TS_NOT_SUPPORTED', { line: where.line, feature }, where);
    }
    try {
      const result = transform(text, {
        transforms: ['typescript'],
        disableESTransforms: true,
        keepUnusedImports: true,
        filePath: fileName,
        sourceMapOptions: { compiledFilename: fileName },
      });
      js = result.code;
      mappings = result.sourceMap?.mappings;
    } catch (error) {
      throw sucraseError(error, lines);
    }
  }
  const code = WRAP_PREFIX + js + WRAP_SUFFIX;
  let generatedLines: string[] | undefined;
  let decoded: LineMappings | undefined;
  const toSource = (line: number, codePointColumn: number): Position | undefined => {
    generatedLines ??= code.split('\n');
    const column = utf16Column(generatedLines[line - 1] ?? '', codePointColumn);
    let col = line === 1 ? column - WRAP_PREFIX.length : column;
    if (col < 1) return undefined;
    const lastLine = Math.max(1, lines.length);
    if (line > lastLine) return { line: lastLine, column: (lines[lastLine - 1]?.length ?? 0) + 1 };
    if (mappings !== undefined) {
      decoded ??= decodeMappings(mappings);
      col = sourceColumn(decoded, line - 1, col - 1) + 1;
    }
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  return { code, toSource, lines };
}

/**
 * QuickJS counts columns in code points; editors (and sucrase's source map) in UTF-16
 * units, which differ after an emoji or another character outside the BMP.
 */
function utf16Column(text: string, codePointColumn: number): number {
  if (!/[\ud800-\udfff]/.test(text)) return codePointColumn;
  let units = 0;
  for (let point = 1; point < codePointColumn && units < text.length; point++) {
    units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  }
  return units + 1;
}

function sucraseError(error: unknown, lines: readonly string[]): MekongError {
  if (error instanceof RangeError) return new MekongError('TOO_NESTED');
  const loc = (error as { loc?: { line?: unknown; column?: unknown } } | null)?.loc;
  const message = error instanceof Error ? error.message : String(error);
  const line = typeof loc?.line === 'number' ? loc.line : 1;
  const column = typeof loc?.column === 'number' ? loc.column : 1;
  const detail = message.replace(/^Error transforming [^:]*: /, '').replace(/ \(\d+:\d+\)$/, '');
  return syntaxError(detail, { line, column }, lines);
}

/** SYNTAX_ERROR at `where`, or NOT_ALLOWED when that line is an `import`/`export` statement. */
export function syntaxError(
  detail: string,
  where: Position,
  lines: readonly string[],
): MekongError {
  const statement = /^(\s*)(import|export)\b(?!\s*\()/.exec(lines[where.line - 1] ?? '');
  if (statement) {
    const column = (statement[1]?.length ?? 0) + 1;
    return new MekongError(
      'NOT_ALLOWED',
      { feature: statement[2] ?? 'import' },
      { ...where, column },
    );
  }
  return new MekongError(
    'SYNTAX_ERROR',
    { line: where.line, column: where.column, detail: syntaxDetail(detail) },
    where,
  );
}

/**
 * QuickJS puts a call's position on its `(`; students (and V8) expect the start of the
 * callee, e.g. `robot` in `await robot.forward(10)`. Moves the column back when the
 * text before `(` is a dotted name.
 */
export function calleeStart(lines: readonly string[], where: Position): Position {
  const text = lines[where.line - 1];
  if (text === undefined || text[where.column - 1] !== '(') return where;
  const callee = /[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*\s*$/.exec(
    text.slice(0, where.column - 1),
  );
  return callee ? { line: where.line, column: callee.index + 1 } : where;
}
