import type { Lang } from '../../robot/i18n/lang.ts';
import { type PlainUiKey, t, UI_TEXT } from './i18n/ui-text.ts';

/** Whether `value` names an interface text (index.html names only texts without parameters). */
function isKey(value: string | undefined): value is PlainUiKey {
  return value !== undefined && value in UI_TEXT;
}

/**
 * Puts the interface text in `lang` into every element that asks for it:
 * `data-i18n` (text), `data-i18n-title` (tooltip), `data-i18n-aria-label` (accessible name).
 */
export function applyTexts(root: ParentNode, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (isKey(el.dataset.i18n)) el.textContent = t(el.dataset.i18n, lang);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    if (isKey(el.dataset.i18nTitle)) el.title = t(el.dataset.i18nTitle, lang);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    if (isKey(el.dataset.i18nAriaLabel))
      el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel, lang));
  }
}

/** The element with `id`; a missing one is a bug in index.html. */
export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
}

/** A new `tag` element with these attributes. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
