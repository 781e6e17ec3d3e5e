import { MekongError } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import type { ErrorInfo } from '../sim/protocol.ts';

type Entry = { kind: 'log'; text: string } | { kind: 'error'; info: ErrorInfo };

/** A program that logs in a tight loop must not eat the page: older lines go. */
const MAX_ENTRIES = 500;

/** The message and suggestion of a robot error, in `lang`. */
export function errorText(info: ErrorInfo, lang: Lang): { message: string; suggestion: string } {
  const where = {
    ...(info.line === undefined ? {} : { line: info.line }),
    ...(info.column === undefined ? {} : { column: info.column }),
  };
  return MekongError.restore(info.code, info.params, where).text(lang);
}

/**
 * The program's output: console.log lines and errors. Errors are kept as data and drawn
 * in the chosen language, with a button that jumps to the student's line.
 */
export class OutputPanel {
  private entries: Entry[] = [];

  constructor(
    private readonly list: HTMLOListElement,
    private readonly goToLine: (line: number) => void,
    private lang: Lang,
  ) {}

  clear(): void {
    this.entries = [];
    this.list.replaceChildren();
  }

  log(lines: readonly string[]): void {
    for (const text of lines) this.add({ kind: 'log', text });
  }

  error(info: ErrorInfo): void {
    this.add({ kind: 'error', info });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.list.replaceChildren(...this.entries.map((e) => this.draw(e)));
  }

  private add(entry: Entry): void {
    this.entries.push(entry);
    this.list.append(this.draw(entry));
    while (this.entries.length > MAX_ENTRIES) {
      this.entries.shift();
      this.list.firstElementChild?.remove();
    }
    this.list.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  private draw(entry: Entry): HTMLLIElement {
    const li = document.createElement('li');
    if (entry.kind === 'log') {
      li.textContent = entry.text;
      return li;
    }
    li.className = 'error';
    const { message, suggestion } = errorText(entry.info, this.lang);
    const line = entry.info.line;
    if (line !== undefined) {
      const go = document.createElement('button');
      go.type = 'button';
      go.className = 'goto';
      go.textContent = t('atLine', this.lang, { line });
      go.addEventListener('click', () => this.goToLine(line));
      li.append(go);
    }
    const msg = document.createElement('span');
    msg.className = 'message';
    msg.textContent = message;
    const hint = document.createElement('div');
    hint.className = 'suggestion';
    hint.textContent = `→ ${suggestion}`;
    li.append(msg, hint);
    return li;
  }
}
