import * as Blockly from 'blockly';

/*
 * Building a program with the keyboard alone. Blockly 12's core gives focus to the toolbox
 * and the blocks (Tab) and its shortcuts (Delete, Ctrl+C/V/Z); moving between blocks and
 * taking one from the toolbox comes with its keyboard-navigation plugin, which this project
 * does not ship. These keys do that much:
 *
 *   toolbox:  ↑ ↓ choose a category, → or Enter open it (the first block gets focus)
 *   toolbox's blocks:  ↑ ↓ choose a block, Enter adds it to the program, Esc goes back
 *   program:  ↑ ↓ go from block to block, Enter edits the block's next value
 *
 * A command is added under the block last visited in the program (at first: the program's
 * last block); a value goes into that block's first input that holds no block of its own.
 */

const focus = () => Blockly.getFocusManager();

/** The program's blocks in reading order, values and shadow numbers left out. */
function programBlocks(workspace: Blockly.WorkspaceSvg): Blockly.BlockSvg[] {
  return workspace.getAllBlocks(true).filter((b) => !b.isShadow() && !b.outputConnection);
}

/** The last block of the stack that `block` is in. */
function stackEnd(block: Blockly.BlockSvg): Blockly.BlockSvg {
  let last = block;
  while (last.getNextBlock()) last = last.getNextBlock() as Blockly.BlockSvg;
  return last;
}

/** The first value input of `block` with no block of its own in it (a shadow may be there). */
function freeInput(block: Blockly.BlockSvg): Blockly.Connection | undefined {
  for (const input of block.inputList) {
    const connection = input.connection;
    if (input.type !== Blockly.inputs.inputTypes.VALUE || !connection) continue;
    const target = connection.targetBlock();
    if (!target || target.isShadow()) return connection;
  }
  return undefined;
}

/** The fields a student types or chooses in, of `block` and the shadow numbers it holds. */
function editableFields(block: Blockly.BlockSvg): Blockly.Field[] {
  const fields: Blockly.Field[] = [];
  for (const input of block.inputList) {
    for (const field of input.fieldRow) if (field.EDITABLE && field.isVisible()) fields.push(field);
    const held = input.connection?.targetBlock();
    if (held?.isShadow()) fields.push(...editableFields(held as Blockly.BlockSvg));
  }
  return fields;
}

export class BlockKeys {
  /** The program block the keys last visited: where the next block goes. */
  private visited: Blockly.BlockSvg | undefined;
  private field = 0;

  constructor(
    container: HTMLElement,
    private readonly workspace: () => Blockly.WorkspaceSvg,
  ) {
    container.addEventListener('keydown', (event) => this.onKey(event), true);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Typing in a block's field (or a drop-down's menu) keeps its own keys.
    const target = event.target as HTMLElement;
    if (
      target.closest('input, textarea, [contenteditable="true"], [role="menu"], [role="listbox"]')
    )
      return;
    const workspace = this.workspace();
    const node = focus().getFocusedNode();
    const handled =
      node instanceof Blockly.BlockSvg
        ? node.workspace.isFlyout
          ? this.inFlyout(node, event.key, workspace)
          : this.inProgram(node, event.key, workspace)
        : this.inToolbox(event.key, workspace);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private inToolbox(key: string, workspace: Blockly.WorkspaceSvg): boolean {
    const toolbox = workspace.getToolbox() as Blockly.Toolbox | null;
    if (!toolbox?.HtmlDiv?.contains(document.activeElement)) return false;
    const items = toolbox.getToolboxItems().filter((item) => item.isSelectable());
    const selected = toolbox.getSelectedItem();
    const at = selected ? items.indexOf(selected) : -1;
    const choose = (index: number) => {
      const item = items[(index + items.length) % items.length];
      if (!item) return;
      toolbox.setSelectedItem(item);
      focus().focusNode(item);
    };
    switch (key) {
      case 'ArrowDown':
        choose(at + 1);
        return true;
      case 'ArrowUp':
        choose(at - 1);
        return true;
      case 'ArrowRight':
      case 'Enter':
      case ' ': {
        if (!selected) choose(0);
        const first = toolbox.getFlyout()?.getWorkspace().getTopBlocks(true)[0];
        if (first) focus().focusNode(first);
        return true;
      }
      default:
        return false;
    }
  }

  private inFlyout(block: Blockly.BlockSvg, key: string, workspace: Blockly.WorkspaceSvg): boolean {
    const blocks = block.workspace.getTopBlocks(true);
    const at = blocks.indexOf(block);
    switch (key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const next = blocks[at + (key === 'ArrowDown' ? 1 : -1)];
        if (next) focus().focusNode(next);
        return true;
      }
      case 'Enter':
      case ' ':
        if (block.isEnabled()) this.add(block, workspace);
        return true;
      case 'Escape':
      case 'ArrowLeft': {
        const toolbox = workspace.getToolbox() as Blockly.Toolbox | null;
        const selected = toolbox?.getSelectedItem();
        if (selected) focus().focusNode(selected);
        return true;
      }
      default:
        return false;
    }
  }

  private inProgram(
    block: Blockly.BlockSvg,
    key: string,
    workspace: Blockly.WorkspaceSvg,
  ): boolean {
    const blocks = programBlocks(workspace);
    switch (key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const at = blocks.indexOf(block);
        const next = blocks[at + (key === 'ArrowDown' ? 1 : -1)];
        if (next) this.visit(next);
        return true;
      }
      case 'Enter': {
        this.visit(block, false);
        const fields = editableFields(block);
        const field = fields[this.field++ % Math.max(1, fields.length)];
        field?.showEditor();
        return field !== undefined;
      }
      default:
        return false;
    }
  }

  /** Gives `block` the focus and makes it where the next block goes. */
  private visit(block: Blockly.BlockSvg, moved = true): void {
    if (moved) this.field = 0;
    this.visited = block;
    focus().focusNode(block);
    block.workspace.scrollBoundsIntoView(block.getBoundingRectangleWithoutChildren());
  }

  /** A copy of toolbox block `template` in the program, under or in the block last visited. */
  private add(template: Blockly.BlockSvg, workspace: Blockly.WorkspaceSvg): void {
    const blocks = programBlocks(workspace);
    const start = blocks[0];
    const here =
      this.visited && !this.visited.isDisposed()
        ? this.visited
        : start
          ? stackEnd(start)
          : undefined;
    const state = Blockly.serialization.blocks.save(template, { addCoordinates: false });
    if (!state) return;
    const added = Blockly.serialization.blocks.append(
      { ...state, x: 24, y: 24 },
      workspace,
    ) as Blockly.BlockSvg;
    if (here && added.previousConnection && here.nextConnection)
      here.nextConnection.connect(added.previousConnection);
    else if (here && added.outputConnection) {
      const input = freeInput(here);
      if (input) input.connect(added.outputConnection);
    }
    workspace.getToolbox()?.getFlyout()?.hide();
    this.visit(added.outputConnection ? (here ?? added) : added);
  }
}
