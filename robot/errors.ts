import {
  codedEntry,
  type ErrorCode,
  type ErrorTable,
  type ParamsArg,
  type Template,
  type TextParams,
  wordTemplate,
} from './i18n/catalog.ts';
import { isLang, type Lang } from './i18n/lang.ts';
// The robot's own errors and phrases, which its messages word, register themselves.
import './i18n/error-messages.ts';
import './i18n/phrases.ts';

export type { ErrorCode } from './i18n/catalog.ts';

/**
 * Parameters of a message; `part` is translated when it names a robot part, and a phrase
 * (`phrase(...)`) is worded in the reader's language.
 */
export type ErrorParams = TextParams;

/**
 * The one error type of Mekong: a stable `code`, the parameters that name the bad value,
 * and a message plus suggestion that can be read in every language.
 */
export class MekongError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly code: Code;
  readonly params: ErrorParams;
  /** 1-based line in the student's program, when the error comes from it. */
  readonly line: number | undefined;
  /** 1-based column in the student's program, when the error comes from it. */
  readonly column: number | undefined;

  /**
   * `params` fill exactly the slots of the error's texts (checked by the compiler); `where`
   * places it in the student's program.
   */
  constructor(
    code: Code,
    ...[params, where]: [...ParamsArg<ErrorTable[Code]>, { line?: number; column?: number }?]
  ) {
    const given = (params ?? {}) as ErrorParams;
    super(errorText(code, given, 'en').message);
    this.name = 'MekongError';
    this.code = code;
    this.params = given;
    const at = (where ?? {}) as { line?: number; column?: number };
    this.line = at.line;
    this.column = at.column;
  }

  /**
   * Error `code` again from its code and params, checked when it was first made (a copy sent
   * between threads, or the same error at another place in the program).
   */
  static restore(
    code: ErrorCode,
    params: TextParams,
    where: { line?: number; column?: number } = {},
  ): MekongError {
    const Unchecked = MekongError as unknown as new (
      code: ErrorCode,
      params: TextParams,
      where: { line?: number; column?: number },
    ) => MekongError;
    return new Unchecked(code, params, where);
  }

  /** What to do about it, in English. */
  get suggestion(): string {
    return errorText(this.code, this.params, 'en').suggestion;
  }

  /** Message and suggestion in `lang`. */
  text(lang: Lang): { message: string; suggestion: string } {
    return errorText(this.code, this.params, lang);
  }

  /** JSON form in `lang` (JSON.stringify passes a property key here, which means English). */
  toJSON(lang?: unknown): {
    code: ErrorCode;
    message: string;
    suggestion: string;
    line?: number;
    column?: number;
  } {
    const { message, suggestion } = this.text(isLang(lang) ? lang : 'en');
    return {
      code: this.code,
      message,
      suggestion,
      ...placeIn(this),
    };
  }
}

/**
 * A MekongError as plain data: it crosses threads and goes into replay files, and is worded
 * later in the reader's language (MekongError.restore makes it an error again).
 */
export interface ErrorData {
  code: ErrorCode;
  params: ErrorParams;
  line?: number;
  column?: number;
}

/** `error` as ErrorData (null stays null). */
export function errorData(error: MekongError): ErrorData;
export function errorData(error: MekongError | null): ErrorData | null;
export function errorData(error: MekongError | null): ErrorData | null {
  return error && { code: error.code, params: error.params, ...placeIn(error) };
}

/** The line and column of `error` that it has (none for an error outside the program). */
function placeIn(error: MekongError): { line?: number; column?: number } {
  return {
    ...(error.line === undefined ? {} : { line: error.line }),
    ...(error.column === undefined ? {} : { column: error.column }),
  };
}

/**
 * The message and suggestion of error `code` in `lang` (what MekongError.text gives). A code
 * whose catalog was never imported is shown as the code and its parameters, never a crash.
 */
export function errorText(
  code: ErrorCode,
  params: TextParams,
  lang: Lang,
): { message: string; suggestion: string } {
  const texts = codedEntry('errors', code)?.[lang] as
    | { message: Template; suggestion: Template }
    | undefined;
  if (!texts) return { message: `${code} ${JSON.stringify(params)}`, suggestion: '' };
  return {
    message: wordTemplate(texts.message, params, lang),
    suggestion: wordTemplate(texts.suggestion, params, lang),
  };
}

export function isMekongError(value: unknown): value is MekongError {
  return value instanceof MekongError;
}
