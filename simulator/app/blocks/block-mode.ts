import './blocks.css';
import { isMekongError, type MekongError } from '../../../robot/errors.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import type { ErrorInfo } from '../sim/protocol.ts';
import type { KeyValueStore } from '../storage/code-store.ts';
import type { BlockEditor } from './block-editor.ts';
import { bt, type PlainBlockUiKey } from './block-ui-text.ts';

/*
 * Blocks or code: the switch beside the program, and the block editor's place in the page.
 * Blockly (about 200 KB gzipped) is not part of the first load: block-editor.ts is fetched
 * when a student opens Blocks, or after the arena's first frame for one who left the page
 * in Blocks, with "Loading the blocks…" in its place meanwhile. It is never loaded for a
 * student who writes code (its parse would cost a frame or two on a classroom PC); the
 * service worker keeps it for offline use. A block program is saved per lesson like code,
 * and the blocks run as the TypeScript they make.
 */

export type ProgramMode = 'blocks' | 'code';

/** Where the chosen mode and each lesson's blocks are kept. */
const MODE_KEY = 'mekong.mode';
const BLOCKS_PREFIX = 'mekong.blocks.';

/** Blockly's sprites and sounds, copied into the build by vite.config.ts. */
const MEDIA = './blockly-media/';

export interface BlockModeOptions {
  store: KeyValueStore;
  /** The program's toolbar: the switch goes first in it. */
  toolbar: HTMLElement;
  /** The code editor's box: the blocks take its place. */
  codeEditor: HTMLElement;
  lang: Lang;
  /** Resolves once the arena's first frame is drawn: Blockly loads after it. */
  firstFrame: Promise<void>;
  /** Puts `code` into the code editor (Open as code). */
  openAsCode: (code: string) => void;
  /** Shows an error where program errors show (a file that is not a block program). */
  showError: (error: ErrorInfo) => void;
}

/** Makes an element with a class and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

export class BlockMode {
  mode: ProgramMode;
  private lang: Lang;
  private kit: Kit | undefined;
  private kitKnown: (kit: Kit) => void = () => undefined;
  private readonly kitReady: Promise<Kit>;
  private editor: BlockEditor | undefined;
  private loading: Promise<BlockEditor | undefined> | undefined;
  /** Whose blocks are shown (a lesson id or the playground's), and its starter. */
  private programId = 'playground';
  private starter: string | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private runningLine: number | null = null;
  private readonly texts: [HTMLElement, PlainBlockUiKey, 'text' | 'title' | 'aria-label'][] = [];
  private readonly switchButtons: Record<ProgramMode, HTMLButtonElement>;
  private readonly area: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly status: HTMLElement;
  private readonly codeLines: HTMLElement;
  private readonly confirm: HTMLDialogElement;
  /** The lesson text's "Blocks in this lesson": where, which blocks, and what removes them. */
  private figure: { box: HTMLElement; types: readonly string[] } | undefined;
  private undrawFigure: (() => void) | undefined;
  /** A hand-in the teacher opened is shown: nothing is saved until another program opens. */
  private reviewing = false;
  /** Settles once the block editor speaks the language last asked for. */
  private languageReady: Promise<void> = Promise.resolve();

  constructor(private readonly options: BlockModeOptions) {
    this.lang = options.lang;
    this.kitReady = new Promise((resolve) => {
      this.kitKnown = resolve;
    });
    const group = el('div', 'mode-switch');
    group.setAttribute('role', 'group');
    this.label(group, 'programAs', 'aria-label');
    this.switchButtons = {
      blocks: this.button('mode-blocks', 'modeBlocks', () => this.setMode('blocks')),
      code: this.button('mode-code', 'modeCode', () => this.setMode('code')),
    };
    group.append(this.switchButtons.blocks, this.switchButtons.code);
    options.toolbar.prepend(group);

    this.canvas = el('div', 'blocks-canvas program-box');
    this.label(this.canvas, 'blocksEditor', 'aria-label');
    this.canvas.setAttribute('role', 'region');
    this.status = el('p', 'blocks-status');
    this.status.setAttribute('role', 'status');
    const heading = el('h3', '');
    this.label(heading, 'generatedCode', 'text');
    const upload = el('input', 'visually-hidden');
    upload.type = 'file';
    upload.accept = '.json,application/json';
    upload.tabIndex = -1;
    upload.addEventListener('change', () => void this.upload(upload));
    const bar = el(
      'div',
      'blocks-code-bar',
      heading,
      this.button('open-as-code', 'openAsCode', () => this.confirmOpenAsCode()),
      this.button('download-blocks', 'download', () => this.download(), 'downloadHint'),
      this.button('upload-blocks', 'upload', () => upload.click(), 'uploadHint'),
      upload,
    );
    this.codeLines = el('code', '');
    const code = el('pre', 'blocks-code-text', this.codeLines);
    code.tabIndex = 0;
    this.label(code, 'generatedCode', 'aria-label');
    this.area = el(
      'div',
      'blocks-area',
      this.status,
      this.canvas,
      el('section', 'blocks-code', bar, code),
    );
    options.codeEditor.after(this.area);
    this.confirm = this.openAsCodeDialog();

    const saved = this.read(MODE_KEY);
    this.mode = saved === 'blocks' ? 'blocks' : 'code';
    this.setLang(this.lang);
    this.setMode(this.mode);
  }

  /** The program the blocks make, to run; undefined while Blockly loads. */
  code(): string | undefined {
    return this.editor?.program.code;
  }

  /** The blocks as a .blocks.json file (what a student hands in); undefined while Blockly loads. */
  blocksFile(): string | undefined {
    return this.editor?.save();
  }

  /** Switches between the block editor and the code editor (remembered for next time). */
  setMode(mode: ProgramMode): void {
    this.mode = mode;
    this.write(MODE_KEY, mode === 'blocks' ? 'blocks' : undefined);
    this.write(`${MODE_KEY}.${this.programId}`, mode);
    document.body.classList.toggle('blocks-mode', mode === 'blocks');
    for (const [which, button] of Object.entries(this.switchButtons))
      button.setAttribute('aria-pressed', String(which === mode));
    if (mode === 'blocks') {
      void this.load();
      this.editor?.resize();
    }
    this.drawFigure();
  }

  /** The mode `programId` was last shown in, if it was. */
  modeOf(programId: string): ProgramMode | undefined {
    const mode = this.read(`${MODE_KEY}.${programId}`);
    return mode === 'blocks' || mode === 'code' ? mode : undefined;
  }

  /** Whether `programId` has blocks saved (the student worked on it in Blocks). */
  hasSaved(programId: string): boolean {
    return this.read(BLOCKS_PREFIX + programId) !== undefined;
  }

  /**
   * Shows the blocks `types` in `box` of the lesson text, drawn by Blockly while the student
   * is in Blocks (the box is hidden in Code); `box` null: the lesson has none.
   */
  showLessonBlocks(box: HTMLElement | null, types: readonly string[]): void {
    this.figure = box && types.length > 0 ? { box, types } : undefined;
    this.drawFigure();
  }

  private drawFigure(): void {
    this.undrawFigure?.();
    this.undrawFigure = undefined;
    const figure = this.figure;
    if (!figure) return;
    const figureElement = figure.box.closest('figure') ?? figure.box;
    figureElement.hidden = this.mode !== 'blocks';
    if (this.mode !== 'blocks') return;
    void this.load().then(async (editor) => {
      await this.languageReady;
      if (!editor || this.figure !== figure || this.mode !== 'blocks') return;
      this.undrawFigure?.();
      figure.box.replaceChildren();
      this.undrawFigure = editor.drawBlocks(figure.box, figure.types);
    });
  }

  /** The blocks of `programId` (its saved ones, else `starter`, else a new program). */
  open(programId: string, starter: string | undefined): void {
    this.saveNow();
    this.reviewing = false;
    this.programId = programId;
    this.starter = starter;
    this.showProgram();
  }

  /**
   * Shows a student's hand-in (the teacher opened it) in its mode, saving nothing of it:
   * the teacher's own program of the lesson stays as it was. Resolves once it is shown.
   */
  async review(program: { kind: 'ts' | 'blocks'; source: string }): Promise<void> {
    this.saveNow();
    this.reviewing = true;
    this.setMode(program.kind === 'blocks' ? 'blocks' : 'code');
    if (program.kind !== 'blocks') return;
    const editor = await this.load();
    editor?.load(program.source, 'handin.blocks.json');
  }

  /** The starter blocks again (Restore starter code, in Blocks). */
  restore(): void {
    this.editor?.load(this.starter, 'starter.blocks.json');
    this.saveNow();
  }

  /** The kit on screen: the toolbox shows its parts. */
  setKit(kit: Kit): void {
    this.kit = kit;
    this.kitKnown(kit);
    this.editor?.setKit(kit);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    for (const [element, key, where] of this.texts) {
      if (where === 'text') element.textContent = bt(key, lang);
      else if (where === 'title') element.title = bt(key, lang);
      else element.setAttribute('aria-label', bt(key, lang));
    }
    if (!this.editor) this.status.textContent = this.loading ? bt('blocksLoading', lang) : '';
    this.languageReady = this.editor?.setLang(lang) ?? Promise.resolve();
  }

  /** Highlights the block running generated line `line` (null: none). */
  showRunningLine(line: number | null, reveal = false): void {
    this.runningLine = line;
    this.editor?.showRunningLine(line, reveal);
    this.codeLines.querySelector('.running')?.classList.remove('running');
    if (line !== null) this.codeLines.children[line - 1]?.classList.add('running');
  }

  /** Marks the block of an error's line with its message (null: clears the mark). */
  showError(line: number | null, message: string | null): void {
    this.editor?.showError(line, message);
  }

  /** Shows the block of generated line `line`. */
  goToLine(line: number): void {
    this.editor?.goToLine(line);
  }

  saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.editor) this.write(BLOCKS_PREFIX + this.programId, this.editor.save());
  }

  private load(): Promise<BlockEditor | undefined> {
    this.loading ??= this.startEditor();
    if (!this.editor) this.status.textContent = bt('blocksLoading', this.lang);
    return this.loading;
  }

  private async startEditor(): Promise<BlockEditor | undefined> {
    try {
      await this.options.firstFrame;
      const [{ BlockEditor }, kit] = await Promise.all([
        import('./block-editor.ts'),
        this.kitReady,
      ]);
      this.editor = await BlockEditor.create({
        parent: this.canvas,
        media: MEDIA,
        lang: this.lang,
        kit: this.kit ?? kit,
        onChange: (program) => {
          this.showCode(program.code);
          this.scheduleSave();
        },
      });
      this.status.textContent = '';
      this.showProgram();
      return this.editor;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.status.textContent = bt('blocksFailed', this.lang, { detail });
      this.loading = undefined;
      return undefined;
    }
  }

  private showProgram(): void {
    const saved = this.read(BLOCKS_PREFIX + this.programId);
    try {
      this.editor?.load(saved ?? this.starter, `${this.programId}.blocks.json`);
    } catch {
      // A saved program that no longer loads (a block since renamed): start again.
      this.editor?.load(this.starter, 'starter.blocks.json');
    }
  }

  private showCode(code: string): void {
    // One span per line (the running one is lit), the text exactly the code.
    const lines = code.split('\n');
    this.codeLines.replaceChildren(
      ...lines.flatMap((line, i) => [
        el('span', '', line),
        ...(i < lines.length - 1 ? ['\n'] : []),
      ]),
    );
    if (this.runningLine !== null) this.showRunningLine(this.runningLine);
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 300);
  }

  private download(): void {
    if (!this.editor) return;
    const url = URL.createObjectURL(new Blob([this.editor.save()], { type: 'application/json' }));
    const link = el('a', '');
    link.href = url;
    link.download = `${this.programId}.blocks.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.editor) return;
    try {
      this.editor.load(await file.text(), file.name);
      this.saveNow();
    } catch (error) {
      if (!isMekongError(error)) throw error;
      const { code, params } = error as MekongError;
      this.options.showError({ code, params });
    }
  }

  private confirmOpenAsCode(): void {
    const code = this.code();
    if (code === undefined) return;
    this.confirm.addEventListener(
      'close',
      () => {
        if (this.confirm.returnValue !== 'yes') return;
        this.options.openAsCode(code);
        this.setMode('code');
      },
      { once: true },
    );
    this.confirm.returnValue = '';
    this.confirm.showModal();
  }

  private openAsCodeDialog(): HTMLDialogElement {
    const dialog = el('dialog', 'open-as-code');
    const title = el('h2', '');
    title.id = 'open-as-code-title';
    this.label(title, 'openAsCodeTitle', 'text');
    dialog.setAttribute('aria-labelledby', title.id);
    const text = el('p', '');
    this.label(text, 'openAsCodeText', 'text');
    const choice = (key: PlainBlockUiKey, value: string, className: string) => {
      const button = el('button', className);
      button.type = 'submit';
      button.value = value;
      this.label(button, key, 'text');
      return button;
    };
    const form = el(
      'form',
      '',
      title,
      text,
      el(
        'menu',
        '',
        choice('cancel', 'cancel', 'choice'),
        choice('openAsCodeYes', 'yes', 'choice'),
      ),
    );
    form.method = 'dialog';
    dialog.append(form);
    document.body.append(dialog);
    return dialog;
  }

  private button(
    id: string,
    key: PlainBlockUiKey,
    onClick: () => void,
    title?: PlainBlockUiKey,
  ): HTMLButtonElement {
    const button = el('button', '');
    button.type = 'button';
    button.id = id;
    this.label(button, key, 'text');
    if (title) this.label(button, title, 'title');
    button.addEventListener('click', onClick);
    return button;
  }

  /** Registers `element`'s text, tooltip or accessible name as `key`, worded on each setLang. */
  private label(
    element: HTMLElement,
    key: PlainBlockUiKey,
    where: 'text' | 'title' | 'aria-label',
  ) {
    this.texts.push([element, key, where]);
  }

  private read(key: string): string | undefined {
    try {
      return this.options.store.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private write(key: string, value: string | undefined): void {
    if (this.reviewing) return;
    try {
      if (value === undefined) this.options.store.removeItem(key);
      else this.options.store.setItem(key, value);
    } catch {
      // Storage full or disabled: the blocks stay on screen, unsaved.
    }
  }
}
