import type { Lesson } from '../../../lessons/lesson-files.ts';
import { type LessonProblem, lessonProblemText } from '../../../lessons/lesson-problem.ts';
import { SECTION_KEYS, SECTION_TITLES } from '../../../lessons/lesson-text.ts';
import { markdownToHtml } from '../../../lessons/markdown.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { WorldSpec } from '../../world/world-schema.ts';
import { t } from '../i18n/ui-text.ts';
import type { LessonEntry } from './lesson-library.ts';

/** The id under which the playground's code is saved. */
export const PLAYGROUND_ID = 'playground';

type Library = typeof import('./lesson-library.ts');

/**
 * The lessons panel: the playground, then every lesson of lessons/ in course order. The
 * list comes in a lazy chunk (lesson-library.ts); opening a lesson fetches that lesson's
 * files alone, then shows its text in the student's language and hands the lesson to
 * `onOpen`.
 */
export class LessonsPanel {
  private library: Library | undefined;
  private entries: LessonEntry[] = [];
  private problems: LessonProblem[] = [];
  /** The lessons opened so far, by id. */
  private readonly opened = new Map<string, Lesson>();
  /** Why the lesson asked for last did not open (shown with the playground). */
  private failed: LessonProblem | undefined;
  private current = PLAYGROUND_ID;
  /** Counts the lessons asked for: only the last one asked for opens. */
  private asked = 0;
  private lang: Lang = 'en';

  constructor(
    private readonly list: HTMLUListElement,
    private readonly text: HTMLElement,
    private readonly onOpen: (lesson: Lesson | undefined) => void,
    /**
     * After the text is drawn: the box of its "blocks of this lesson" figure (null when
     * the lesson introduces no blocks, or for the playground) and the blocks to draw there.
     */
    private readonly onText: (box: HTMLElement | null, blocks: readonly string[]) => void = () =>
      undefined,
  ) {}

  /** Loads the list of lessons (a lazy chunk). */
  async load(): Promise<void> {
    this.library = await import('./lesson-library.ts');
    ({ entries: this.entries, problems: this.problems } = this.library.lessonList());
  }

  /** The lessons of the list, in course order (empty until loaded). */
  get entryList(): readonly LessonEntry[] {
    return this.entries;
  }

  /** Whether the list has a lesson `id`. */
  has(id: string): boolean {
    return this.entries.some((e) => e.id === id);
  }

  /** The world a mission check of `lesson` (an opened lesson) shows: the grader's first. */
  checkedWorld(lesson: Lesson): WorldSpec {
    // An opened lesson came from the library: it has loaded.
    return (this.library as Library).checkedWorld(lesson);
  }

  /** Lesson `id` when it has been opened (the current lesson always has). */
  find(id: string): Lesson | undefined {
    return this.opened.get(id);
  }

  /**
   * Opens lesson `id` (the playground for any other id), fetching its files first when it
   * was never opened; resolves when it is open, or when another lesson was asked for since.
   */
  open(id: string): Promise<void> {
    const ask = ++this.asked;
    const entry = this.entries.find((e) => e.id === id);
    const known = this.opened.get(id);
    if (!entry || !this.library || known) {
      this.show(known);
      return Promise.resolve();
    }
    return this.library.loadLesson(entry.folder).then(
      (lesson) => {
        this.opened.set(id, lesson);
        if (ask === this.asked) this.show(lesson);
      },
      (error: unknown) => {
        if (ask !== this.asked) return;
        this.show(undefined);
        this.failed = { folder: entry.folder, error };
        this.render(this.lang);
      },
    );
  }

  private show(lesson: Lesson | undefined): void {
    this.failed = undefined;
    this.current = lesson?.id ?? PLAYGROUND_ID;
    this.onOpen(lesson);
  }

  get currentId(): string {
    return this.current;
  }

  render(lang: Lang): void {
    this.lang = lang;
    const item = (id: string, label: string) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.setAttribute('aria-current', String(id === this.current));
      button.addEventListener('click', () => {
        void this.open(id).then(() => this.render(this.lang));
        // Make room for the lesson's text; the summary opens the list again.
        const picker = this.list.closest('details');
        if (picker && id !== PLAYGROUND_ID) picker.open = false;
      });
      li.append(button);
      return li;
    };
    this.list.replaceChildren(
      item(PLAYGROUND_ID, t('playground', lang)),
      ...this.entries.map((e) => item(e.id, `${e.order}. ${e.title[lang]}`)),
    );
    const lesson = this.find(this.current);
    if (!lesson) {
      const note =
        this.library && this.entries.length === 0
          ? `<p class="hint">${escapeText(t('noLessons', lang))}</p>`
          : '';
      const problems = [...this.problems, ...(this.failed ? [this.failed] : [])]
        .map((p) => `<p class="hint">⚠ ${escapeText(lessonProblemText(p, lang))}</p>`)
        .join('');
      this.text.innerHTML = note + problems;
      this.onText(null, []);
      return;
    }
    const text = lesson.texts[lang];
    // The blocks the lesson introduces come after its new idea (drawn in Blocks mode).
    const figure =
      lesson.newBlocks.length > 0
        ? `<figure class="lesson-blocks"><figcaption>${escapeText(t('blocksInLesson', lang))}</figcaption><div class="lesson-blocks-canvas"></div></figure>`
        : '';
    const sections = SECTION_KEYS.map(
      (key) =>
        `<h3>${escapeText(SECTION_TITLES[key][lang])}</h3>${markdownToHtml(text.sections[key])}${key === 'idea' ? figure : ''}`,
    );
    const mode = t(lesson.mode === 'blocks' ? 'startsInBlocks' : 'startsInCode', lang);
    this.text.innerHTML = `<h3>${escapeText(text.title)}</h3><p class="lesson-mode">${escapeText(mode)}</p>${sections.join('')}`;
    this.onText(this.text.querySelector<HTMLElement>('.lesson-blocks-canvas'), lesson.newBlocks);
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
