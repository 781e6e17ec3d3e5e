import { MekongError } from '../../robot/errors.ts';
import { wordTemplate } from '../../robot/i18n/catalog.ts';
import { fill, type Lang } from '../../robot/i18n/lang.ts';
import { localize } from '../../robot/i18n/localize.ts';
import type { CheckResult, Reason } from './check-context.ts';
import type { Area, Translated } from './check-schema.ts';
import { AREA_FALLBACK, CHECK_TEXTS, STEP_NAMES, THING_NAMES } from './check-texts.ts';

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
  return wordTemplate(CHECK_TEXTS[reason.key][lang], params, lang, localize);
}

/** A check result in words: the reason, and the lesson's hint when the check failed. */
export function describeResult(result: CheckResult, lang: Lang, names: AreaNames = {}): string {
  const text = describeReason(result.reason, lang, names);
  return !result.passed && result.hint ? `${text} ${result.hint[lang]}` : text;
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
  },
  runs: number,
  lang: Lang,
  names: AreaNames = {},
): string {
  const text = describeReason(check.reason, lang, names);
  if (runs <= 1) return !check.passed && check.hint ? `${text} ${check.hint[lang]}` : text;
  if (check.passed)
    return wordTemplate(CHECK_TEXTS.allRuns[lang], { text, n: check.runsPassed }, lang, localize);
  const where = fill(CHECK_TEXTS.runLabel[lang], { n: check.seed, text });
  return check.hint ? `${where} ${check.hint[lang]}` : where;
}
