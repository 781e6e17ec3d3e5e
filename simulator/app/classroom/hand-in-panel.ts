// The hand-in panel: shown when the page comes from a classroom hub (`mekong start
// --host`). The student picks a class and a name, presses "Hand in", and reads the hub's
// grade and hints in their language. When the teacher has opened a competition for the
// class, the same panel hands the program in to it (in a lesson or the playground). Everything it shows is text (textContent): names and
// reasons come from other people.
import type { Lang } from '../../../robot/i18n/lang.ts';
import { ct } from './classroom-text.ts';
import './classroom.css';

/** What the panel hands in, from the app. */
export interface HandInSource {
  /** The open lesson's id; undefined in the playground (nothing to hand in). */
  lessonId(): string | undefined;
  program(): { kind: 'ts' | 'blocks'; source: string };
  /** The teacher chose blocks or code for the class's lessons (called when the class is known). */
  modesChanged(): void;
}

export interface ClassInfo {
  name: string;
  students: string[];
  /** The student may type a name that is not on the roster yet. */
  open: boolean;
  /** Blocks or code per lesson, as the teacher chose for the class. */
  modes?: Record<string, 'blocks' | 'code'>;
}

interface OpenCompetition {
  id: number;
  format: { title: string };
}

interface HubError {
  error?: { message?: string; suggestion?: string };
}

interface GradedView {
  status: 'queued' | 'graded';
  grade?: {
    passed: boolean;
    score: number;
    checks: { id: string; passed: boolean; reason: string; hint?: string }[];
  };
}

/** How often the panel asks whether the grade is there, ms. */
const POLL_MS = 1000;
const CHOICE_KEY = 'mekong.handIn';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

export class HandInPanel {
  private lang: Lang;
  private classes: ClassInfo[] = [];
  /** "class\nname" the hub's session cookie is for. */
  private signedIn: string | undefined;
  private readonly title = el('h2');
  private readonly classLabel = el('span');
  private readonly nameLabel = el('span');
  private readonly classSelect = el('select');
  private readonly nameInput = el('input');
  private readonly names = el('datalist');
  private readonly button = el('button', 'hand-in-button');
  private readonly result = el('div', 'hand-in-result');
  /** The words about the hand-in under review, in a language (the teacher opened one). */
  private review: ((lang: Lang) => string[]) | undefined;
  /** A button per competition open for the chosen class. */
  private readonly competitions = el('div', 'hand-in-competitions');
  private open: OpenCompetition[] = [];
  /** Bumped by each hand-in, so an older one's polling stops showing. */
  private attempt = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly source: HandInSource,
    lang: Lang,
    private readonly store: Pick<Storage, 'getItem' | 'setItem'>,
  ) {
    this.lang = lang;
    this.names.id = 'hand-in-names';
    this.classSelect.id = 'hand-in-class';
    this.nameInput.id = 'hand-in-name';
    this.nameInput.setAttribute('list', this.names.id);
    this.nameInput.autocomplete = 'off';
    this.button.type = 'button';
    this.result.setAttribute('aria-live', 'polite');
    const classField = el('label');
    classField.append(this.classLabel, ' ', this.classSelect);
    const nameField = el('label');
    nameField.append(this.nameLabel, ' ', this.nameInput, this.names);
    host.replaceChildren(
      this.title,
      classField,
      nameField,
      this.button,
      this.competitions,
      this.result,
    );
    this.classSelect.addEventListener('change', () => {
      this.fillNames();
      this.source.modesChanged();
      void this.fillCompetitions();
    });
    this.button.addEventListener('click', () => void this.handIn());
    this.setLang(lang);
  }

  /** Shows the hub's `classes` (see hubClasses in classroom-slot.ts). */
  async connect(classes: ClassInfo[]): Promise<void> {
    this.classes = classes;
    // The teacher reviewing a hand-in: the panel says whose it is, and offers no hand-in.
    if (this.host.dataset.hub === 'review') return;
    const saved = this.saved();
    this.classSelect.replaceChildren(
      ...this.classes.map((c) => {
        const option = el('option');
        option.value = c.name;
        option.textContent = c.name;
        return option;
      }),
    );
    if (saved && this.classes.some((c) => c.name === saved.class))
      this.classSelect.value = saved.class;
    this.fillNames();
    if (saved) this.nameInput.value = saved.student;
    this.host.dataset.hub = 'true';
    this.source.modesChanged();
    this.showFor();
    await this.fillCompetitions();
  }

  /** Blocks or code for `lesson`, if the teacher chose one for the class picked. */
  modeOf(lesson: string): 'blocks' | 'code' | undefined {
    return this.chosenClass()?.modes?.[lesson];
  }

  /**
   * The teacher opened a student's hand-in (`/?handin=…`): the panel says whose program it
   * is and how it was graded, instead of offering to hand in.
   */
  showReview(lines: (lang: Lang) => string[]): void {
    this.review = lines;
    this.host.dataset.hub = 'review';
    this.host.hidden = false;
    this.host.replaceChildren(this.title, this.result);
    this.setLang(this.lang);
  }

  private chosenClass(): ClassInfo | undefined {
    return this.classes.find((c) => c.name === this.classSelect.value);
  }

  /**
   * The lesson changed: the panel shows in lessons (when the page is on a hub), and asks
   * again which competitions are open (the teacher may have opened one since).
   */
  lessonChanged(): void {
    // Another lesson than the hand-in's: the review is over.
    if (this.host.dataset.hub === 'review') this.host.hidden = true;
    else this.showFor();
    this.result.replaceChildren();
    if (this.host.dataset.hub === 'true') void this.fillCompetitions();
  }

  /** On a hub, the panel shows in a lesson, or anywhere while a competition is open. */
  private showFor(): void {
    if (this.host.dataset.hub !== 'true') return;
    const inLesson = this.source.lessonId() !== undefined;
    this.button.hidden = !inLesson;
    this.host.hidden = !inLesson && this.open.length === 0;
  }

  /** The competitions open for the chosen class, a button for each. */
  private async fillCompetitions(): Promise<void> {
    const className = this.classSelect.value;
    this.open = [];
    if (className) {
      try {
        const res = await fetch(`/api/competitions?class=${encodeURIComponent(className)}`);
        if (res.ok)
          this.open = ((await res.json()) as { competitions: OpenCompetition[] }).competitions;
      } catch {
        // No hub answer: no competition buttons, the lesson's hand-in still shows.
      }
    }
    this.renderCompetitions();
    this.showFor();
  }

  private renderCompetitions(): void {
    this.competitions.replaceChildren(
      ...this.open.map((c) => {
        const button = el('button', 'hand-in-competition');
        button.type = 'button';
        button.dataset.competition = String(c.id);
        button.textContent = ct('handInCompetition', this.lang, {
          competition: `${c.format.title} #${c.id}`,
        });
        button.addEventListener('click', () => void this.enter(c, button));
        return button;
      }),
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.title.textContent = ct('title', lang);
    this.classLabel.textContent = ct('className', lang);
    this.nameLabel.textContent = ct('studentName', lang);
    this.nameInput.placeholder = ct(this.chosenClass()?.open ? 'typeName' : 'pickName', lang);
    this.button.textContent = ct('handIn', lang);
    if (this.review) {
      this.title.textContent = ct('reviewTitle', lang);
      this.say(...this.review(lang));
    }
    this.renderCompetitions();
  }

  private saved(): { class: string; student: string } | undefined {
    try {
      return JSON.parse(this.store.getItem(CHOICE_KEY) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  }

  private fillNames(): void {
    const chosen = this.chosenClass();
    // An open roster: the student may type a name the list does not have yet.
    this.nameInput.placeholder = ct(chosen?.open ? 'typeName' : 'pickName', this.lang);
    this.names.replaceChildren(
      ...(chosen?.students ?? []).map((name) => {
        const option = el('option');
        option.value = name;
        return option;
      }),
    );
  }

  private say(...lines: string[]): void {
    this.result.replaceChildren(
      ...lines.map((line) => {
        const p = el('p');
        p.textContent = line;
        return p;
      }),
    );
  }

  private async post(path: string, body: unknown): Promise<Response> {
    return fetch(`${path}?lang=${this.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Says a refused request's error (what is wrong, what to do). */
  private async refused(res: Response): Promise<void> {
    const { error } = ((await res.json().catch(() => ({}))) as HubError) ?? {};
    this.say(error?.message ?? String(res.status), error?.suggestion ?? '');
  }

  private async handIn(): Promise<void> {
    const lesson = this.source.lessonId();
    const className = this.classSelect.value;
    const student = this.nameInput.value.trim();
    if (!lesson || !className || !student) {
      this.say(ct('noName', this.lang));
      return;
    }
    const attempt = ++this.attempt;
    this.button.disabled = true;
    this.say(ct('sending', this.lang));
    try {
      if (!(await this.signIn(className, student))) return;
      const res = await this.post('/api/handins', {
        class: className,
        student,
        lesson,
        program: this.source.program(),
      });
      if (res.status !== 202) return await this.refused(res);
      const { id } = (await res.json()) as { id: string };
      this.say(ct('waiting', this.lang));
      await this.showGrade(id, attempt);
    } catch {
      this.say(ct('unreachable', this.lang));
    } finally {
      this.button.disabled = false;
    }
  }

  /** Signs in as `student` of `className` unless signed in so; false (said why) if refused. */
  private async signIn(className: string, student: string): Promise<boolean> {
    const who = `${className}\n${student}`;
    if (this.signedIn === who) return true;
    const session = await this.post('/api/session', { class: className, student });
    if (!session.ok) {
      await this.refused(session);
      return false;
    }
    this.signedIn = who;
    this.store.setItem(CHOICE_KEY, JSON.stringify({ class: className, student }));
    return true;
  }

  /** Hands the program in to competition `c`: the teacher's next round plays it. */
  private async enter(c: OpenCompetition, button: HTMLButtonElement): Promise<void> {
    const className = this.classSelect.value;
    const student = this.nameInput.value.trim();
    if (!className || !student) {
      this.say(ct('noName', this.lang));
      return;
    }
    ++this.attempt;
    button.disabled = true;
    this.say(ct('sending', this.lang));
    try {
      if (!(await this.signIn(className, student))) return;
      const res = await this.post(`/api/competitions/${c.id}/entries`, {
        class: className,
        student,
        program: this.source.program(),
      });
      if (res.status !== 202) return await this.refused(res);
      this.say(ct('enteredCompetition', this.lang, { competition: `${c.format.title} #${c.id}` }));
    } catch {
      this.say(ct('unreachable', this.lang));
    } finally {
      button.disabled = false;
    }
  }

  private async showGrade(id: string, attempt: number): Promise<void> {
    for (;;) {
      const res = await fetch(`/api/handins/${encodeURIComponent(id)}?lang=${this.lang}`);
      if (!res.ok) return this.refused(res);
      const view = (await res.json()) as GradedView;
      if (attempt !== this.attempt) return;
      const grade = view.grade;
      if (view.status === 'graded' && grade) {
        const score = Math.round(grade.score);
        const lines = [ct(grade.passed ? 'passed' : 'failed', this.lang, { score })];
        for (const check of grade.checks.filter((c) => !c.passed)) {
          lines.push(check.reason);
          if (check.hint) lines.push(ct('hint', this.lang, { hint: check.hint }));
        }
        this.say(...lines);
        this.result.dataset.passed = String(grade.passed);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
