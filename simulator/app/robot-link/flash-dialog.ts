import type { FlashProgress } from '../../../firmware-bridge/flash/flash-board.ts';
import type { FlashBoardId } from '../../../firmware-bridge/flash/flash-boards.ts';
import type { Lang } from '../../../robot/i18n/lang.ts';
import { element as el } from '../dom-text.ts';
import type { ErrorInfo } from '../sim/protocol.ts';
import { errorText } from '../ui/output-panel.ts';
import { FLASH_FIXES, ft } from './flash-text.ts';
import { rt } from './robot-link-text.ts';

/** The boards offered, in the order `mekong flash --board` lists them, with their words. */
const BOARDS = [
  ['uno', 'boardUno'],
  ['nano', 'boardNano'],
  ['nano-old', 'boardNanoOld'],
  ['mega', 'boardMega'],
] as const satisfies readonly (readonly [FlashBoardId, string])[];

/** The EEPROM field of a name (firmware-bridge/protocol/mekong-sysex.ts), bytes. */
const NAME_BYTES = 16;

/** What the dialog needs from the robot link. */
export interface FlashDialogHost {
  lang: Lang;
  /** The name the robot has now, offered to keep. */
  name: string | null;
  /** The kit to store (the page's). */
  kitId: string;
  /** Flashes the board; rejects with the error as ErrorInfo. */
  flash(
    choice: { board: FlashBoardId; name: string | null },
    onProgress: (progress: FlashProgress) => void,
  ): Promise<{ name: string; kitId: string }>;
  /** Flashing worked: connect the robot. */
  flashed(): void;
}

/**
 * "Flash our firmware" (loaded when first opened): the board and name, then a progress bar
 * (role=progressbar, its aria-valuenow in percent: writing is the first half, checking
 * the second) and what happened, with the page's fix when it failed.
 */
export function openFlashDialog(dialog: HTMLDialogElement, host: FlashDialogHost): void {
  const { lang } = host;
  const board = el('select', { id: 'flash-board' });
  for (const [id, key] of BOARDS) board.append(new Option(ft(key, lang), id));
  const name = el('input', { id: 'flash-name', type: 'text', autocomplete: 'off' });
  name.value = host.name ?? '';
  const bar = el('div', {
    role: 'progressbar',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': '0',
    'aria-label': ft('progress', lang),
    class: 'flash-progress',
  });
  const fill = el('span', {});
  bar.append(fill);
  bar.hidden = true;
  const status = el('p', { id: 'flash-status', role: 'status' });
  const fix = el('p', { id: 'flash-fix' });
  const start = button(ft('start', lang), 'choice');
  const close = button(rt('cancel', lang), 'choice quiet');
  close.addEventListener('click', () => dialog.close());
  const setProgress = (percent: number, text: string) => {
    bar.setAttribute('aria-valuenow', String(Math.round(percent)));
    fill.style.width = `${percent}%`;
    status.textContent = text;
  };

  start.addEventListener('click', async () => {
    const wanted = name.value.trim();
    fix.textContent = '';
    if (new TextEncoder().encode(wanted).length > NAME_BYTES) {
      status.textContent = ft('nameTooLong', lang, { name: wanted, bytes: NAME_BYTES });
      return;
    }
    for (const control of [start, close, board, name]) control.disabled = true;
    bar.hidden = false;
    setProgress(0, ft('opening', lang));
    try {
      const stored = await host.flash(
        { board: board.value as FlashBoardId, name: wanted === '' ? null : wanted },
        ({ phase, done, total }) => {
          const half = total === 0 ? 1 : done / total;
          if (phase === 'write') setProgress(50 * half, ft('writing', lang, { done, total }));
          else if (done < total)
            setProgress(50 + 50 * half, ft('verifying', lang, { done, total }));
          else setProgress(100, ft('naming', lang));
        },
      );
      setProgress(100, ft('done', lang, { name: stored.name, kit: stored.kitId }));
      host.flashed();
    } catch (error) {
      const info = error as Partial<ErrorInfo>;
      if (typeof info?.code !== 'string' || !info.params) throw error;
      const text = errorText(info as ErrorInfo, lang);
      const page = FLASH_FIXES[info.code as keyof typeof FLASH_FIXES];
      status.textContent = ft('failed', lang, { message: text.message });
      fix.textContent = rt('fix', lang, { fix: page ? ft(page, lang) : text.suggestion });
    } finally {
      for (const control of [start, close, board, name]) control.disabled = false;
      close.textContent = ft('close', lang);
    }
  });

  const title = el('h2', {});
  title.textContent = ft('title', lang);
  const intro = el('p', {});
  intro.textContent = ft('intro', lang);
  const kit = el('p', {});
  kit.textContent = ft('kit', lang, { kit: host.kitId });
  const menu = el('menu', {});
  menu.append(start, close);
  dialog.replaceChildren(
    title,
    intro,
    labelled(ft('board', lang), board),
    labelled(ft('name', lang), name),
    kit,
    menu,
    bar,
    status,
    fix,
  );
  dialog.showModal();
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = el('label', { class: 'flash-field' });
  label.append(text, control);
  return label;
}

function button(text: string, className: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: className });
  b.textContent = text;
  return b;
}
