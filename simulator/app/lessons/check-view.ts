// Loaded lazily, on the first "Check my mission" (it brings the reason texts of every check
// type in three languages): a check report in the student's words.

import { type AreaNames, describeGradeCheck } from '../../../lessons/checks/describe.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import type { CheckReport } from '../sim/protocol.ts';

/** One check of the mission, ready to show. */
export interface CheckRowView {
  id: string;
  passed: boolean;
  /** false: the check only adds to the score. */
  required: boolean;
  /** Why it passed or failed, in the student's language, naming the run that failed it. */
  reason: string;
  /** The lesson's hint for this check, only when it failed. */
  hint: string | undefined;
  /** The student's line, when the program failed with an error there. */
  line: number | undefined;
  /** The reason already names `line` (a syntax or runtime error's message does). */
  lineInReason: boolean;
}

/** A whole check report, ready to show. */
export interface CheckView {
  passed: boolean;
  /** "Mission complete on 5 of 5 runs!" or "Not yet". */
  headline: string;
  /** How the runs went, counted as the teacher's grading counts them. */
  runs: string;
  /** The score and how many checks passed; empty when the program could not run. */
  summary: string;
  /**
   * The program's error first (when it failed), then the lesson's checks in order; only the
   * error when the program could not be read (it never ran, so nothing was checked).
   */
  rows: CheckRowView[];
}

/** The sentence about the runs: all passed, the watched one failed, or a later one did. */
function runsText(report: CheckReport, made: number, lang: Lang): string {
  const total = report.seeds.length;
  if (report.grade.passed) return t('checkRunsAll', lang, { total });
  if (made <= 1) return t('checkRunsFirstFailed', lang, { total });
  return t('checkRunsLaterFailed', lang, { passed: made - 1, total });
}

/**
 * What the lesson panel shows for `report` in `lang`: the grade `mekong grade` gives, in
 * the words of its report (describeGradeCheck: the failing run named, the lesson's hints),
 * split into rows.
 */
export function checkView(report: CheckReport, names: AreaNames, lang: Lang): CheckView {
  const { grade } = report;
  const made = grade.runs.filter((run) => run.ran).length;
  const notRun = grade.checks[0]?.reason.error?.code === 'SYNTAX_ERROR';
  const checks = notRun ? grade.checks.slice(0, 1) : grade.checks;
  const rows = checks.map((check) => ({
    id: check.id,
    passed: check.passed,
    required: check.required,
    // The hint gets its own line in the panel.
    reason: describeGradeCheck(
      {
        passed: check.passed,
        reason: check.reason,
        seed: check.seed,
        runsPassed: check.runsPassed,
        ...(check.cause ? { cause: check.cause } : {}),
      },
      made,
      lang,
      names,
    ),
    hint: !check.passed && check.hint ? check.hint[lang] : undefined,
    line: check.reason.error?.line,
    lineInReason: check.reason.error?.params.line !== undefined,
  }));
  if (notRun) {
    return {
      passed: false,
      headline: t('missionNotYet', lang),
      runs: t('checkNotRun', lang),
      summary: '',
      rows,
    };
  }
  const passed = rows.filter((r) => r.passed).length;
  return {
    passed: grade.passed,
    headline: grade.passed
      ? t('missionCompleteRuns', lang, { passed: made, total: report.seeds.length })
      : t('missionNotYet', lang),
    runs: runsText(report, made, lang),
    summary: t('checkScore', lang, { score: grade.score, passed, total: rows.length }),
    rows,
  };
}
