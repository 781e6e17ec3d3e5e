// Loaded with the words of a check report (check-view.ts), on the first "Check my mission":
// the report drawn in the lesson panel. The first frame needs neither.
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import { lineLink } from '../ui/line-link.ts';
import { element } from './check-panel.ts';
import type { CheckView } from './check-view.ts';

export { checkView } from './check-view.ts';

/** The verdict, the runs, the summary and one row per check of `view`. */
export function drawCheckResult(
  view: CheckView,
  lang: Lang,
  goToLine: (line: number) => void,
): HTMLElement[] {
  const verdict = element('p', 'check-verdict', view.headline);
  verdict.dataset.passed = String(view.passed);
  const list = document.createElement('ul');
  list.className = 'check-list';
  for (const row of view.rows) {
    const li = document.createElement('li');
    li.dataset.passed = String(row.passed);
    li.dataset.check = row.id;
    const mark = element('span', 'check-mark', row.passed ? '✔' : '✘');
    mark.setAttribute('aria-hidden', 'true');
    const said = element(
      'span',
      'visually-hidden',
      `${t(row.passed ? 'checkPassed' : 'checkFailed', lang)}: `,
    );
    const body = element('div', 'check-body');
    body.append(said);
    const reason = element('span', 'check-reason', row.reason);
    const placed = lineLink(reason, row.line, row.lineInReason, goToLine, lang);
    body.append(...placed.flatMap((el, k) => (k === 0 ? [el] : [' ', el])));
    if (!row.required)
      body.append(' ', element('span', 'check-optional', t('checkOptional', lang)));
    if (row.hint) body.append(element('div', 'check-hint', row.hint));
    li.append(mark, body);
    list.append(li);
  }
  return [
    verdict,
    element('p', 'check-runs', view.runs),
    ...(view.summary ? [element('p', 'check-summary', view.summary)] : []),
    list,
  ];
}
