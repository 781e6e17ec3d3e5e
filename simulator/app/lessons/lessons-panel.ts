import type { Lesson } from '../../../lessons/lesson-files.ts';
import { type LessonProblem, lessonProblemText } from '../../../lessons/lesson-problem.ts';
import { SECTION_KEYS, SECTION_TITLES } from '../../../lessons/lesson-text.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { t } from '../i18n/ui-text.ts';
import { markdownToHtml } from '../ui/markdown.ts';

/** The id under which the playground's code is saved. */
export const PLAYGROUND_ID = 'playground';

/** Lesson folders present at build time; their contents load only when the panel needs them. */
const FOLDERS = Object.keys(import.meta.glob('../../../lessons/[0-9][0-9]-*/lesson.json'));

/**
 * The lessons panel: the playground, then every lesson of lessons/ in course order. Opening
 * one shows its text in the student's language and hands the lesson to `onOpen`.
 */
export class LessonsPanel {
  private lessons: Lesson[] = [];
  private problems: LessonProblem[] = [];
  private current = PLAYGROUND_ID;

  constructor(
    private readonly list: HTMLUListElement,
    private readonly text: HTMLElement,
    private readonly onOpen: (lesson: Lesson | undefined) => void,
  ) {}

  /** Loads the lessons (a lazy chunk) when any exist. */
  async load(): Promise<void> {
    if (FOLDERS.length === 0) return;
    const { bundledLessonCatalog } = await import('../../../lessons/browser-lessons.ts');
    ({ lessons: this.lessons, problems: this.problems } = bundledLessonCatalog());
  }

  find(id: string): Lesson | undefined {
    return this.lessons.find((l) => l.id === id);
  }

  open(id: string): void {
    this.current = this.find(id) ? id : PLAYGROUND_ID;
    this.onOpen(this.find(this.current));
  }

  get currentId(): string {
    return this.current;
  }

  render(lang: Lang): void {
    const item = (id: string, label: string) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.setAttribute('aria-current', String(id === this.current));
      button.addEventListener('click', () => {
        this.open(id);
        this.render(lang);
        // Make room for the lesson's text; the summary opens the list again.
        const picker = this.list.closest('details');
        if (picker && id !== PLAYGROUND_ID) picker.open = false;
      });
      li.append(button);
      return li;
    };
    this.list.replaceChildren(
      item(PLAYGROUND_ID, t('playground', lang)),
      ...this.lessons.map((l) => item(l.id, `${l.order}. ${l.title[lang]}`)),
    );
    const lesson = this.find(this.current);
    if (!lesson) {
      const note =
        this.lessons.length === 0 ? `<p class="hint">${escapeText(t('noLessons', lang))}</p>` : '';
      const problems = this.problems
        .map((p) => `<p class="hint">⚠ ${escapeText(lessonProblemText(p, lang))}</p>`)
        .join('');
      this.text.innerHTML = note + problems;
      return;
    }
    const text = lesson.texts[lang];
    const sections = SECTION_KEYS.map(
      (key) =>
        `<h3>${escapeText(SECTION_TITLES[key][lang])}</h3>${markdownToHtml(text.sections[key])}`,
    );
    this.text.innerHTML = `<h3>${escapeText(text.title)}</h3>${sections.join('')}`;
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
