import type { CodeEditor, CodeEditorOptions, EditorError } from './code-editor.ts';

/**
 * The program editor's place on the page. CodeMirror is a lazy chunk (editor/load-editor.ts)
 * that the app loads once the arena is drawn: until it is there, the program shows as
 * plain text, and what the app asks of the editor (a new program, its errors, the running
 * line, a new label) is kept and handed over when it comes.
 */
export class EditorSlot {
  private editor: CodeEditor | undefined;
  private loading: Promise<void> | undefined;
  private doc: string;
  private label: string;
  private errors: readonly EditorError[] = [];
  private running: { line: number | null; reveal: boolean } = { line: null, reveal: false };
  private goTo: number | undefined;
  private readonly placeholder: HTMLPreElement;

  constructor(private readonly options: Omit<CodeEditorOptions, 'docs'>) {
    this.doc = options.doc;
    this.label = options.label;
    this.placeholder = document.createElement('pre');
    this.placeholder.className = 'editor-placeholder';
    this.placeholder.setAttribute('aria-busy', 'true');
    this.placeholder.textContent = this.doc;
    this.placeholder.setAttribute('aria-label', this.label);
    options.parent.replaceChildren(this.placeholder);
  }

  /** Loads CodeMirror and puts it in the placeholder's place (once). */
  load(): Promise<void> {
    this.loading ??= import('./load-editor.ts').then(({ createEditor }) => {
      this.placeholder.remove();
      const editor = createEditor({ ...this.options, doc: this.doc, label: this.label });
      this.editor = editor;
      if (this.errors.length > 0) editor.showErrors(this.errors);
      if (this.running.line !== null)
        editor.showRunningLine(this.running.line, this.running.reveal);
      if (this.goTo !== undefined) editor.goToLine(this.goTo);
    });
    return this.loading;
  }

  get text(): string {
    return this.editor ? this.editor.text : this.doc;
  }

  setText(text: string): void {
    if (this.editor) this.editor.setText(text);
    else {
      this.doc = text;
      this.placeholder.textContent = text;
    }
  }

  setLabel(label: string): void {
    this.label = label;
    if (this.editor) this.editor.setLabel(label);
    else this.placeholder.setAttribute('aria-label', label);
  }

  showRunningLine(line: number | null, reveal = false): void {
    if (this.editor) this.editor.showRunningLine(line, reveal);
    else this.running = { line, reveal };
  }

  showErrors(errors: readonly EditorError[]): void {
    if (this.editor) this.editor.showErrors(errors);
    else this.errors = errors;
  }

  goToLine(line: number): void {
    if (this.editor) this.editor.goToLine(line);
    else this.goTo = line;
  }
}
