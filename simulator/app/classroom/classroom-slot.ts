// The hand-in panel's place in the page. The panel, its words and the review of a hand-in
// load after the first frame, when the page asks the server whether it is a classroom hub:
// a page that is not served by a hub never downloads them.
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { ClassInfo, HandInPanel, HandInSource } from './hand-in-panel.ts';
import type { ReviewedHandin } from './review.ts';

export class ClassroomSlot {
  #panel: HandInPanel | undefined;
  #loading: Promise<HandInPanel> | undefined;
  #lang: Lang;

  constructor(
    private readonly host: HTMLElement,
    private readonly source: HandInSource,
    lang: Lang,
    private readonly store: Pick<Storage, 'getItem' | 'setItem'>,
  ) {
    this.#lang = lang;
  }

  /** The panel, loaded once. */
  #load(): Promise<HandInPanel> {
    this.#loading ??= import('./hand-in-panel.ts').then(({ HandInPanel }) => {
      this.#panel = new HandInPanel(this.host, this.source, this.#lang, this.store);
      return this.#panel;
    });
    return this.#loading;
  }

  /** Asks the page's server for its classes; the panel loads and shows only on a hub. */
  async connect(): Promise<void> {
    const classes = await hubClasses();
    if (classes) await (await this.#load()).connect(classes);
  }

  /** Blocks or code for `lesson`, if the teacher chose one for the class picked. */
  modeOf(lesson: string): 'blocks' | 'code' | undefined {
    return this.#panel?.modeOf(lesson);
  }

  /**
   * Hand-in `id` as the teacher opens it (see review.ts), with the panel loaded to show it;
   * throws an Error that says why not, in `lang`.
   */
  async fetchHandin(id: string, lang: Lang): Promise<ReviewedHandin> {
    const [{ fetchHandin }] = await Promise.all([import('./review.ts'), this.#load()]);
    return fetchHandin(id, lang);
  }

  /** The panel says whose hand-in is open and how it was graded (after `fetchHandin`). */
  async showReview(handin: ReviewedHandin): Promise<void> {
    const [{ reviewLines }, panel] = await Promise.all([import('./review.ts'), this.#load()]);
    panel.showReview((lang) => reviewLines(handin, lang));
  }

  lessonChanged(): void {
    this.#panel?.lessonChanged();
  }

  setLang(lang: Lang): void {
    this.#lang = lang;
    this.#panel?.setLang(lang);
  }
}

/** The classes of the classroom hub that served the page; undefined when it is no hub. */
async function hubClasses(): Promise<ClassInfo[] | undefined> {
  try {
    const res = await fetch('/api/classes', { headers: { accept: 'application/json' } });
    if (!res.ok) return undefined;
    return ((await res.json()) as { classes: ClassInfo[] }).classes;
  } catch {
    return undefined;
  }
}
