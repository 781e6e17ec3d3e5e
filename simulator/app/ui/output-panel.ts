import { MekongError } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import { type ErrorInfo, MAX_OUTPUT_LINES } from '../sim/protocol.ts';
import { lineLink } from './line-link.ts';

type Entry = { kind: 'log'; text: string } | { kind: 'error'; info: ErrorInfo };

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
  /** Entries left out to keep the last MAX_OUTPUT_LINES. */
  private dropped = 0;
  /** Says how many entries were left out; hidden while none were. */
  private readonly droppedNote: HTMLParagraphElement;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly goToLine: (line: number) => void,
    private lang: Lang,
  ) {
    this.droppedNote = document.createElement('p');
    this.droppedNote.className = 'dropped';
    this.droppedNote.hidden = true;
    list.before(this.droppedNote);
  }

  clear(): void {
    this.entries = [];
    this.dropped = 0;
    this.list.replaceChildren();
    this.drawDropped();
  }

  /** Adds a frame's console lines (after `dropped` left out): one DOM update, at most 100 lines. */
  log(lines: readonly string[], dropped = 0): void {
    this.dropped += dropped;
    if (lines.length === 0) {
      if (dropped > 0) this.drawDropped();
      return;
    }
    const kept = lines.slice(-MAX_OUTPUT_LINES);
    this.dropped += lines.length - kept.length;
    this.add(kept.map((text) => ({ kind: 'log', text })));
  }

  error(info: ErrorInfo): void {
    this.add([{ kind: 'error', info }]);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.list.replaceChildren(...this.entries.map((e) => this.draw(e)));
    this.drawDropped();
  }

  private add(entries: Entry[]): void {
    this.entries.push(...entries);
    const drawn = document.createDocumentFragment();
    for (const entry of entries) drawn.append(this.draw(entry));
    this.list.append(drawn);
    const over = this.entries.length - MAX_OUTPUT_LINES;
    if (over > 0) {
      this.entries.splice(0, over);
      this.dropped += over;
      for (let i = 0; i < over; i++) this.list.firstElementChild?.remove();
    }
    this.drawDropped();
    // The list is the box that scrolls (styles.css): show its end.
    this.list.scrollTop = this.list.scrollHeight;
  }

  private drawDropped(): void {
    this.droppedNote.hidden = this.dropped === 0;
    const number = new Intl.NumberFormat(this.lang);
    this.droppedNote.textContent =
      this.dropped === 0
        ? ''
        : t('outputDropped', this.lang, {
            max: number.format(MAX_OUTPUT_LINES),
            count: number.format(this.dropped),
          });
  }

  private draw(entry: Entry): HTMLLIElement {
    const li = document.createElement('li');
    if (entry.kind === 'log') {
      li.textContent = entry.text;
      return li;
    }
    li.className = 'error';
    const { message, suggestion } = errorText(entry.info, this.lang);
    const msg = document.createElement('span');
    msg.className = 'message';
    msg.textContent = message;
    const { line, params } = entry.info;
    const hint = document.createElement('div');
    hint.className = 'suggestion';
    hint.textContent = `→ ${suggestion}`;
    li.append(...lineLink(msg, line, params.line !== undefined, this.goToLine, this.lang), hint);
    return li;
  }
}
