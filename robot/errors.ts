import { ERROR_MESSAGES, type ErrorCode } from './i18n/error-messages.ts';
import { isLang, type Lang } from './i18n/lang.ts';
import { localize, type TextParams } from './i18n/localize.ts';

export type { ErrorCode } from './i18n/error-messages.ts';

/**
 * Parameters of a message; `part` is translated when it names a robot part, and a phrase
 * (`phrase(...)`) is worded in the reader's language.
 */
export type ErrorParams = TextParams;

/**
 * The one error type of Mekong: a stable `code`, the parameters that name the bad value,
 * and a message plus suggestion that can be read in every language.
 */
export class MekongError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** 1-based line in the student's program, when the error comes from it. */
  readonly line: number | undefined;
  /** 1-based column in the student's program, when the error comes from it. */
  readonly column: number | undefined;

  constructor(
    code: ErrorCode,
    params: ErrorParams = {},
    where: { line?: number; column?: number } = {},
  ) {
    super(errorText(code, params, 'en').message);
    this.name = 'MekongError';
    this.code = code;
    this.params = params;
    this.line = where.line;
    this.column = where.column;
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
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.column === undefined ? {} : { column: this.column }),
    };
  }
}

/** The message and suggestion of error `code` in `lang` (what MekongError.text gives). */
export function errorText(
  code: ErrorCode,
  params: TextParams,
  lang: Lang,
): { message: string; suggestion: string } {
  const texts = ERROR_MESSAGES[code][lang];
  return {
    message: localize(texts.message, params, lang),
    suggestion: localize(texts.suggestion, params, lang),
  };
}

export function isMekongError(value: unknown): value is MekongError {
  return value instanceof MekongError;
}
