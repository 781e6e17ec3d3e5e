import type { Lesson } from '../../../lessons/lesson-files.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import type { CheckReport, Tries } from '../sim/protocol.ts';

type ViewModule = typeof import('./check-result.ts');

/** What the mission check shows. */
export type CheckState =
  | { kind: 'idle' }
  /**
   * Robot time so far and the lesson's time limit, ms; `label` words the progress when the
   * check runs elsewhere than in the simulator (on the emulated robot).
   */
  | { kind: 'running'; timeMs: number; limitMs: number; label?: (lang: Lang) => string }
  /** The runs after the watched one, made headless as the teacher's grading makes them. */
  | { kind: 'trying'; tries: Tries }
  /** Ended before its result (Stop, Run, Reset, another world). */
  | { kind: 'stopped' }
  | { kind: 'done'; report: CheckReport };

export interface CheckPanelElements {
  /** Holds the button and the result; hidden in the playground. */
  section: HTMLElement;
  button: HTMLButtonElement;
  result: HTMLElement;
}

/**
 * "Check my mission" in the lesson panel: the button, the progress of a check run, and its
 * result in the student's language. The run itself is the App's (see App#pressCheck); this
 * keeps the result as data, so switching language redraws it.
 */
export class CheckPanel {
  private state: CheckState = { kind: 'idle' };
  private lesson: Lesson | undefined;
  private view: ViewModule | undefined;
  private progressBar: HTMLProgressElement | undefined;
  private progressText: HTMLElement | undefined;

  constructor(
    private readonly el: CheckPanelElements,
    private lang: Lang,
    private readonly goToLine: (line: number) => void,
    onCheck: () => void,
  ) {
    el.button.addEventListener('click', onCheck);
    this.show(undefined);
  }

  /** A check is under way: its watched run or the runs after it. */
  get running(): boolean {
    return this.state.kind === 'running' || this.state.kind === 'trying';
  }

  /** Offers the check for `lesson` (none in the playground), with no result yet. */
  show(lesson: Lesson | undefined): void {
    this.lesson = lesson;
    this.el.section.hidden = lesson === undefined;
    this.set({ kind: 'idle' });
  }

  /** A check run has started; `limitMs` is the lesson's time limit. */
  start(limitMs: number): void {
    this.set({ kind: 'running', timeMs: 0, limitMs });
    // The result's words load while the robot drives.
    void this.loadView();
  }

  /** The check run has reached robot time `timeMs`. */
  progress(timeMs: number, label?: (lang: Lang) => string): void {
    if (this.state.kind !== 'running') return;
    this.state = { ...this.state, timeMs, ...(label ? { label } : {}) };
    this.drawProgress(this.state);
  }

  /** The check has made `tries.done` of its runs after the watched one. */
  trying(tries: Tries): void {
    if (this.state.kind === 'running') this.set({ kind: 'trying', tries });
    else if (this.state.kind === 'trying') {
      this.state = { kind: 'trying', tries };
      this.drawProgress(this.state);
    }
  }

  /** Something else took over the simulator: a running check has no result. */
  interrupt(): void {
    if (this.running) this.set({ kind: 'stopped' });
  }

  /** The worker's result; ignored unless it answers the check now running. */
  done(report: CheckReport): void {
    if (!this.running || report.lesson !== this.lesson?.id) return;
    this.set({ kind: 'done', report });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  private set(state: CheckState): void {
    this.state = state;
    this.render();
  }

  private async loadView(): Promise<ViewModule> {
    this.view ??= await import('./check-result.ts');
    return this.view;
  }

  private render(): void {
    const { state } = this;
    const { button, result } = this.el;
    button.disabled = this.running;
    this.progressBar = undefined;
    this.progressText = undefined;
    switch (state.kind) {
      case 'idle':
        result.replaceChildren();
        return;
      case 'stopped':
        result.replaceChildren(element('p', 'check-note', t('checkStopped', this.lang)));
        return;
      case 'running':
      case 'trying': {
        this.progressBar = document.createElement('progress');
        this.progressText = element('p', 'check-note', '');
        // The seconds tick by: not worth announcing each one.
        this.progressText.setAttribute('aria-live', 'off');
        result.replaceChildren(this.progressText, this.progressBar);
        this.drawProgress(state);
        return;
      }
      case 'done': {
        if (!this.view) {
          void this.loadView().then(() => this.render());
          return;
        }
        const view = this.view.checkView(state.report, this.lesson?.names ?? {}, this.lang);
        result.replaceChildren(...this.view.drawCheckResult(view, this.lang, this.goToLine));
      }
    }
  }

  private drawProgress(state: Extract<CheckState, { kind: 'running' | 'trying' }>): void {
    const { progressBar: bar, progressText: text } = this;
    if (!bar || !text) return;
    if (state.kind === 'trying') {
      const { done, total } = state.tries;
      bar.max = total;
      bar.value = done;
      text.textContent = t('checkTrying', this.lang, { done, total });
      return;
    }
    bar.max = state.limitMs;
    bar.value = Math.min(state.timeMs, state.limitMs);
    text.textContent =
      state.label?.(this.lang) ??
      t('checking', this.lang, {
        time: Math.floor(state.timeMs / 1000),
        limit: Math.round(state.limitMs / 1000),
      });
  }
}

export function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
