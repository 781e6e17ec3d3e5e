import {
  type Completion,
  type CompletionContext,
  type CompletionResult,
  snippetCompletion,
} from '@codemirror/autocomplete';
import { javascript } from '@codemirror/lang-javascript';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, hoverTooltip, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { findMissingAwaits } from '../../../robot/program/missing-await.ts';
import type { MethodDoc } from './robot-docs.ts';

export interface CodeEditorOptions {
  parent: HTMLElement;
  doc: string;
  docs: readonly MethodDoc[];
  lang: () => Lang;
  label: string;
  /** Called after every edit with the whole text. */
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** The warning for a robot call used without `await`, in the reader's language. */
  missingAwaitText: (method: string) => string;
  /** The page's Content-Security-Policy nonce, which the editor's <style> element needs. */
  cspNonce?: string;
}

/** How long typing pauses before the program is scanned for missing awaits, ms. */
const WARN_DELAY_MS = 400;

/** An error to show at a line of the program (1-based line and column). */
export interface EditorError {
  line: number;
  column?: number;
  message: string;
}

const setRunningLine = StateEffect.define<number | null>();

/** The line of the robot call now running, highlighted (1-based; null = none). */
const runningLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setRunningLine)) continue;
      const line = effect.value;
      if (line === null || line < 1 || line > tr.state.doc.lines) next = Decoration.none;
      else {
        const from = tr.state.doc.line(line).from;
        next = Decoration.set([Decoration.line({ class: 'cm-running-line' }).range(from)]);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** "forward(${1:30})": the call with its example arguments as fields to type over. */
function snippetFor(doc: MethodDoc): string {
  const args = doc.example.slice(doc.example.indexOf('(') + 1, doc.example.lastIndexOf(')'));
  // `${1:30}`: field 1, showing 30 (a bare `${30}` would be an empty field number 30).
  const fields = args ? args.split(',').map((a, i) => `\${${i + 1}:${a.trim()}}`) : [];
  return `${doc.name}(${fields.join(', ')})`;
}

function docCard(doc: MethodDoc, lang: Lang): HTMLElement {
  const card = document.createElement('div');
  card.className = 'cm-robot-doc';
  const sig = document.createElement('code');
  sig.textContent = `${doc.awaited ? 'await ' : ''}robot.${doc.name}(${doc.params})`;
  const text = document.createElement('p');
  text.textContent = doc.doc[lang];
  const example = document.createElement('code');
  example.className = 'cm-robot-example';
  example.textContent = doc.example;
  card.append(sig, text, example);
  return card;
}

/**
 * The program editor (CodeMirror 6): TypeScript/JavaScript highlighting, completions and
 * hover cards for the robot API in the student's language, errors on their line, and the
 * running line highlighted.
 */
export class CodeEditor {
  readonly view: EditorView;
  private readonly label = new Compartment();
  private readonly missingAwaitText: (method: string) => string;
  /** The errors of the last run, shown until the next run or a new program. */
  private errors: readonly EditorError[] = [];
  private warnTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: CodeEditorOptions) {
    this.missingAwaitText = options.missingAwaitText;
    const { docs, lang } = options;
    const byName = new Map(docs.map((d) => [d.name as string, d]));
    const robotCompletions = (context: CompletionContext): CompletionResult | null => {
      const member = context.matchBefore(/robot\.\w*/);
      if (member) {
        return {
          from: member.from + 'robot.'.length,
          options: docs.map(
            (d): Completion =>
              snippetCompletion(snippetFor(d), {
                label: d.name,
                type: 'method',
                detail: `(${d.params})${d.awaited ? ' · await' : ''}`,
                info: () => docCard(d, lang()),
              }),
          ),
          validFor: /^\w*$/,
        };
      }
      const word = context.matchBefore(/\w+/);
      if (!word || word.from === word.to) return null;
      return {
        from: word.from,
        options: [
          { label: 'robot', type: 'variable', detail: 'the robot' },
          snippetCompletion(`await robot.\${1:wait}(\${2:500})`, {
            label: 'await robot',
            type: 'keyword',
          }),
          snippetCompletion(`console.log(\${1:text})`, { label: 'console.log', type: 'function' }),
        ],
        validFor: /^\w*$/,
      };
    };
    const hover = hoverTooltip((view, pos) => {
      const word = view.state.wordAt(pos);
      if (!word) return null;
      const doc = byName.get(view.state.sliceDoc(word.from, word.to));
      if (!doc || view.state.sliceDoc(word.from - 6, word.from) !== 'robot.') return null;
      return {
        pos: word.from,
        end: word.to,
        above: true,
        create: () => ({ dom: docCard(doc, lang()) }),
      };
    });

    this.view = new EditorView({
      parent: options.parent,
      state: EditorState.create({
        doc: options.doc,
        extensions: [
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                options.onRun();
                return true;
              },
            },
          ]),
          basicSetup,
          EditorView.cspNonce.of(options.cspNonce ?? ''),
          javascript({ typescript: true }),
          EditorState.languageData.of(() => [{ autocomplete: robotCompletions }]),
          hover,
          lintGutter(),
          runningLine,
          this.label.of(EditorView.contentAttributes.of({ 'aria-label': options.label })),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            options.onChange(update.state.doc.toString());
            this.scheduleWarnings();
          }),
        ],
      }),
    });
    this.showDiagnostics();
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole program (restore starter, open a lesson). */
  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** A new language: the editor's name, and the warnings worded again. */
  setLabel(label: string): void {
    this.view.dispatch({
      effects: this.label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label })),
    });
    this.showDiagnostics();
  }

  /** Highlights `line` (1-based) as running, or clears it; `reveal` scrolls it into view. */
  showRunningLine(line: number | null, reveal = false): void {
    const effects: StateEffect<unknown>[] = [setRunningLine.of(line)];
    if (reveal && line !== null && line >= 1 && line <= this.view.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: 'center' }));
    }
    this.view.dispatch({ effects });
  }

  /** Shows `errors` on their lines (underline, gutter mark, message on hover); [] clears. */
  showErrors(errors: readonly EditorError[]): void {
    this.errors = errors;
    this.showDiagnostics();
  }

  /** The errors of the last run and the robot calls used without `await`, as diagnostics. */
  private showDiagnostics(): void {
    const { doc } = this.view.state;
    const at = (lineNumber: number, column: number) => {
      const line = doc.line(Math.min(Math.max(1, lineNumber), doc.lines));
      const from = Math.min(line.to, line.from + Math.max(0, column - 1));
      return { from: from === line.to ? line.from : from, to: line.to };
    };
    const diagnostics: Diagnostic[] = [
      ...this.errors.map(
        (e): Diagnostic => ({
          ...at(e.line, e.column ?? 1),
          severity: 'error',
          message: e.message,
        }),
      ),
      ...findMissingAwaits(doc.toString()).map((m): Diagnostic => {
        const { from } = at(m.line, m.column);
        // Underline `robot.method`, not the rest of the line.
        return {
          from,
          to: Math.min(doc.lineAt(from).to, from + `robot.${m.method}`.length),
          severity: 'warning',
          message: this.missingAwaitText(m.method),
        };
      }),
    ];
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Scans the program again once typing pauses. */
  private scheduleWarnings(): void {
    clearTimeout(this.warnTimer);
    this.warnTimer = setTimeout(() => this.showDiagnostics(), WARN_DELAY_MS);
  }

  /** Puts the cursor at the start of `line` (1-based) and focuses the editor. */
  goToLine(line: number): void {
    const { doc } = this.view.state;
    const target = doc.line(Math.min(Math.max(1, line), doc.lines));
    this.view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
    this.view.focus();
  }
}
