// Loaded lazily, on the first "Check my mission" (it brings the reason texts of every check
// type in three languages): a check report in the student's words.

import { type AreaNames, describeReason } from '../../../lessons/checks/describe.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import type { CheckReport } from '../sim/protocol.ts';

/** One check of the mission, ready to show. */
export interface CheckRowView {
  id: string;
  passed: boolean;
  /** false: the check only adds to the score. */
  required: boolean;
  /** Why it passed or failed, in the student's language. */
  reason: string;
  /** The lesson's hint for this check, only when it failed. */
  hint: string | undefined;
  /** The student's line, when the program failed with an error there. */
  line: number | undefined;
}

/** A whole check report, ready to show. */
export interface CheckView {
  passed: boolean;
  /** "Mission complete!" or "Not yet". */
  headline: string;
  /** The score and how many checks passed. */
  summary: string;
  /** The program's error first (when it failed), then the lesson's checks in order. */
  rows: CheckRowView[];
}

/**
 * What the lesson panel shows for `report` in `lang`: the words `mekong run --lesson`
 * prints (describeReason, the lesson's hints), split into rows.
 */
export function checkView(report: CheckReport, names: AreaNames, lang: Lang): CheckView {
  const rows = report.checks.map((check) => ({
    id: check.id,
    passed: check.passed,
    required: check.required,
    reason: describeReason(check.reason, lang, names),
    hint: !check.passed && check.hint ? check.hint[lang] : undefined,
    line: check.reason.error?.line,
  }));
  return {
    passed: report.passed,
    headline: t(report.passed ? 'missionComplete' : 'missionNotYet', lang),
    summary: t('checkScore', lang, {
      score: report.score,
      passed: rows.filter((r) => r.passed).length,
      total: rows.length,
    }),
    rows,
  };
}
