import * as Blockly from 'blockly';
import {
  blocksToolbox,
  type GeneratedProgram,
  loadBlocks,
  parseBlocksState,
  START_BLOCK,
  TypeScriptGenerator,
  toolboxBlockState,
  useBlockLanguage,
} from '../../../robot/blocks/index.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import type { Kit } from '../../../robot/kits/kit-schema.ts';
import { cspNonce } from '../csp-nonce.ts';
import { BlockKeys } from './block-keys.ts';

/*
 * The block editor: Blockly in the page (the lazy chunk block-mode.ts loads after the first
 * frame). It shows the toolbox of the kit on screen, turns the workspace into TypeScript
 * after every change, and shows the running block and the block of an error.
 */

/** Blocks in the app's fonts: Lao needs Noto Sans Lao, named (the fallback is poor). */
const THEME = Blockly.Theme.defineTheme('mekong', {
  name: 'mekong',
  base: Blockly.Themes.Classic,
  fontStyle: { family: '"Noto Sans", "Noto Sans Lao", sans-serif', size: 12 },
});

/** A new program: the start block, which cannot be deleted (it would take its stack along). */
const EMPTY_PROGRAM = JSON.stringify({
  blocks: {
    languageVersion: 0,
    blocks: [{ type: START_BLOCK, id: 'start', x: 24, y: 24, deletable: false }],
  },
});

export interface BlockEditorOptions {
  parent: HTMLElement;
  /** Where Blockly's sprites and sounds are served from (our build, never its CDN). */
  media: string;
  lang: Lang;
  kit: Kit;
  /** After every change of the blocks, with the program they make now. */
  onChange: (program: GeneratedProgram) => void;
}

export class BlockEditor {
  private workspace: Blockly.WorkspaceSvg;
  private readonly generator = new TypeScriptGenerator();
  private lang: Lang;
  private kit: Kit;
  /** The block that shows an error now. */
  private warned: Blockly.BlockSvg | undefined;
  /** The program the blocks make now. */
  program: GeneratedProgram = { code: '', blockOfLine: [] };

  /** Loads the words of `options.lang` and puts a workspace in `options.parent`. */
  static async create(options: BlockEditorOptions): Promise<BlockEditor> {
    await useBlockLanguage(options.lang);
    return new BlockEditor(options);
  }

  private constructor(private readonly options: BlockEditorOptions) {
    this.lang = options.lang;
    this.kit = options.kit;
    this.workspace = this.inject();
    new BlockKeys(options.parent, () => this.workspace);
    new ResizeObserver(() => Blockly.svgResize(this.workspace)).observe(options.parent);
  }

  private inject(): Blockly.WorkspaceSvg {
    const workspace = withStyleNonce(() =>
      Blockly.inject(this.options.parent, {
        toolbox: this.toolbox(),
        media: this.options.media,
        theme: THEME,
        trashcan: true,
        maxInstances: { [START_BLOCK]: 1 },
        zoom: { controls: true, wheel: false, pinch: true, startScale: 0.9 },
        move: { scrollbars: true, drag: true, wheel: true },
      }),
    );
    workspace.addChangeListener((event) => {
      if (!event.isUiEvent) this.regenerate();
    });
    return workspace;
  }

  /** The toolbox of the kit in the language (robot/blocks builds it as plain JSON). */
  private toolbox(): Blockly.utils.toolbox.ToolboxInfo {
    return blocksToolbox(this.kit, this.lang) as Blockly.utils.toolbox.ToolboxInfo;
  }

  private regenerate(): void {
    this.program = this.generator.generate(this.workspace, this.lang);
    this.options.onChange(this.program);
  }

  /**
   * Shows the block program in `text` (a new program when undefined); BLOCKS_INVALID naming
   * `file` when it is not one, and the blocks on screen stay.
   */
  load(text: string | undefined, file: string): void {
    const state = parseBlocksState(text ?? EMPTY_PROGRAM, file);
    const before = Blockly.serialization.workspaces.save(this.workspace);
    try {
      loadBlocks(this.workspace, state, file);
    } catch (error) {
      Blockly.serialization.workspaces.load(before, this.workspace);
      throw error;
    } finally {
      this.regenerate();
    }
  }

  /** The blocks as a `.blocks.json` file's text (Blockly's JSON serialization). */
  save(): string {
    return `${JSON.stringify(Blockly.serialization.workspaces.save(this.workspace), null, 2)}\n`;
  }

  /** The toolbox of `kit`: blocks for parts it lacks are shown disabled. */
  setKit(kit: Kit): void {
    this.kit = kit;
    this.workspace.updateToolbox(this.toolbox());
  }

  /** Every word in `lang`: Blockly reads words when it makes blocks, so they are made again. */
  async setLang(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    const state = Blockly.serialization.workspaces.save(this.workspace);
    await useBlockLanguage(lang);
    this.lang = lang;
    this.workspace.dispose();
    this.warned = undefined;
    this.workspace = this.inject();
    Blockly.serialization.workspaces.load(state, this.workspace);
    this.regenerate();
  }

  /** Highlights the block of generated line `line` (1-based; null clears); `reveal` scrolls to it. */
  showRunningLine(line: number | null, reveal = false): void {
    const id = line === null ? null : this.blockAt(line);
    this.workspace.highlightBlock(id ?? null);
    if (id && reveal) this.reveal(id);
  }

  /** Marks the block of generated line `line` with `message` (null clears the mark). */
  showError(line: number | null, message: string | null): void {
    this.warned?.setWarningText(null);
    this.warned = undefined;
    const id = line === null ? null : this.blockAt(line);
    const block = id ? this.workspace.getBlockById(id) : null;
    if (!block || message === null) return;
    block.setWarningText(message);
    this.warned = block;
    this.reveal(block.id);
  }

  /** Selects the block of generated line `line` and scrolls to it. */
  goToLine(line: number): void {
    const id = this.blockAt(line);
    if (!id) return;
    this.reveal(id);
    this.workspace.getBlockById(id)?.select();
  }

  /** Fits the workspace to its box again (after the box was hidden). */
  resize(): void {
    Blockly.svgResize(this.workspace);
  }

  /**
   * Draws the blocks `types` one under the other in `parent`, as the toolbox shows them, in
   * a workspace that cannot be edited (a lesson text's "Blocks in this lesson"). Returns
   * what removes them.
   */
  drawBlocks(parent: HTMLElement, types: readonly string[]): () => void {
    const scale = 0.8;
    const gap = 12;
    const workspace = withStyleNonce(() =>
      Blockly.inject(parent, {
        readOnly: true,
        media: this.options.media,
        theme: THEME,
        zoom: { controls: false, wheel: false, pinch: false, startScale: scale },
        move: { scrollbars: false, drag: false, wheel: false },
      }),
    );
    Blockly.serialization.workspaces.load(
      {
        blocks: {
          languageVersion: 0,
          blocks: types.map((type) => toolboxBlockState(type, this.kit, this.lang)),
        },
      },
      workspace,
    );
    let y = gap;
    let width = 0;
    for (const block of workspace.getTopBlocks(false)) {
      const size = block.getHeightWidth();
      block.moveTo(new Blockly.utils.Coordinate(gap, y));
      y += size.height + gap;
      width = Math.max(width, size.width);
    }
    parent.style.height = `${Math.ceil(y * scale)}px`;
    parent.style.maxWidth = `${Math.ceil((width + 2 * gap) * scale)}px`;
    Blockly.svgResize(workspace);
    workspace.scroll(0, 0);
    return () => workspace.dispose();
  }

  private reveal(id: string): void {
    this.workspace.centerOnBlock(id, true);
  }

  private blockAt(line: number): string | null {
    return this.program.blockOfLine[line - 1] ?? null;
  }
}

/**
 * Runs `inject` so that the <style> element Blockly adds for its CSS (once, on the first
 * inject) carries the page's Content-Security-Policy nonce: `mekong start` allows no other
 * inline style, and without it Blockly's workspace is unstyled and covers the page.
 */
function withStyleNonce<T>(inject: () => T): T {
  const nonce = cspNonce();
  if (!nonce) return inject();
  const create = document.createElement;
  document.createElement = function (
    this: Document,
    tag: string,
    options?: ElementCreationOptions,
  ) {
    const element = create.call(this, tag, options);
    if (tag.toLowerCase() === 'style') element.nonce = nonce;
    return element;
  } as typeof document.createElement;
  try {
    return inject();
  } finally {
    document.createElement = create;
  }
}
