import { MekongError } from '../../robot/errors.ts';
import { wordTemplate } from '../../robot/i18n/catalog.ts';
import { fill, type Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';
import { MISSING_AWAIT_TEXT } from '../../robot/program/missing-await-text.ts';
import type { Cause } from './causes.ts';
import type { CheckResult, Reason } from './check-context.ts';
import type { Area, Translated } from './check-schema.ts';
import { AREA_FALLBACK, CAUSE_TEXTS, CHECK_TEXTS, STEP_NAMES, THING_NAMES } from './check-texts.ts';

/** Names a lesson gives its zones and circles, by id, in every language. */
export type AreaNames = Readonly<Record<string, Translated>>;

/** How a student reads the name of `area`. */
export function areaName(area: Area, lang: Lang, names: AreaNames = {}): string {
  const id = typeof area === 'string' ? area : area.id;
  const named = id === undefined ? undefined : names[id];
  if (named) return named[lang];
  if (typeof area === 'string') return fill(AREA_FALLBACK.zone[lang], { id: area });
  return 'line' in area ? AREA_FALLBACK.line[lang] : AREA_FALLBACK.circle[lang];
}

/** A reason in words, in `lang`. */
export function describeReason(reason: Reason, lang: Lang, names: AreaNames = {}): string {
  const params: Record<string, string | number> = { ...reason.params };
  if (reason.area !== undefined) params.area = areaName(reason.area, lang, names);
  if (reason.what) params.what = THING_NAMES[reason.what][lang];
  if (reason.step) params.step = fill(STEP_NAMES[reason.step.name][lang], reason.step.params);
  if (reason.error) {
    const { code, params: errorParams, line, column } = reason.error;
    const text = MekongError.restore(code, errorParams, { line, column }).text(lang);
    params.message = text.message;
    params.suggestion = text.suggestion;
  }
  return wordTemplate(CHECK_TEXTS[reason.key][lang], params, lang);
}

/** The likely cause of a failure in the program, in words, in `lang`. */
export function describeCause(cause: Cause, lang: Lang, names: AreaNames = {}): string {
  if (cause.key === 'missingAwait') {
    const { method = '', line = '' } = cause.params;
    return say(MISSING_AWAIT_TEXT, 'missingAwaitCause', lang, { method, line });
  }
  const params: Record<string, string | number> = { ...cause.params };
  if (cause.area !== undefined) params.area = areaName(cause.area, lang, names);
  return wordTemplate(CAUSE_TEXTS[cause.key][lang], params, lang);
}

/**
 * What follows the reason of a failed check: its likely cause in the program, then the
 * lesson's hint ('' when the check passed).
 */
function afterReason(
  check: { passed: boolean; hint?: Translated; cause?: Cause },
  lang: Lang,
  names: AreaNames,
): string {
  if (check.passed) return '';
  const cause = check.cause ? ` ${describeCause(check.cause, lang, names)}` : '';
  const hint = check.hint ? ` ${check.hint[lang]}` : '';
  return `${cause}${hint}`;
}

/** A check result in words: the reason, then its cause and the lesson's hint when it failed. */
export function describeResult(result: CheckResult, lang: Lang, names: AreaNames = {}): string {
  return `${describeReason(result.reason, lang, names)}${afterReason(result, lang, names)}`;
}

/**
 * A check over the runs of a grade (see lessons/grade.ts) in words: the reason of the
 * failing run, named by its seed, or the first run's reason and how many runs passed.
 */
export function describeGradeCheck(
  check: {
    passed: boolean;
    reason: Reason;
    seed: number;
    runsPassed: number;
    hint?: Translated;
    cause?: Cause;
  },
  runs: number,
  lang: Lang,
  names: AreaNames = {},
): string {
  const text = describeReason(check.reason, lang, names);
  if (runs <= 1) return `${text}${afterReason(check, lang, names)}`;
  if (check.passed)
    return wordTemplate(CHECK_TEXTS.allRuns[lang], { text, n: check.runsPassed }, lang);
  const where = fill(CHECK_TEXTS.runLabel[lang], { n: check.seed, text });
  return `${where}${afterReason(check, lang, names)}`;
}
