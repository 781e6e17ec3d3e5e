import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';

/**
 * How an error shows where it happened, saying the place once: when its `text` already
 * names the line ("Line 2, column 23: …"), the text itself is the button that shows the
 * line in the editor; otherwise a "Line 2" button comes before the text.
 */
export function lineLink(
  text: HTMLElement,
  line: number | undefined,
  textNamesLine: boolean,
  goToLine: (line: number) => void,
  lang: Lang,
): HTMLElement[] {
  if (line === undefined) return [text];
  const go = document.createElement('button');
  go.type = 'button';
  go.addEventListener('click', () => goToLine(line));
  if (textNamesLine) {
    go.className = 'goto-text';
    go.append(text);
    return [go];
  }
  go.className = 'goto';
  go.textContent = t('atLine', lang, { line });
  return [go, text];
}
