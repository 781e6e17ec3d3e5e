import { detectLang, type Lang } from '../../../robot/i18n/lang.ts';
import type { KeyValueStore } from '../storage/code-store.ts';

const LANG_KEY = 'mekong.lang';

/** Each language's name in itself, as the language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  vi: 'Tiếng Việt',
  lo: 'ພາສາລາວ',
};

/** The language chosen before, else the browser's when it is Vietnamese or Lao, else English. */
export function initialLang(store: KeyValueStore, browserLanguages: readonly string[]): Lang {
  let saved: string | null = null;
  try {
    saved = store.getItem(LANG_KEY);
  } catch {
    saved = null;
  }
  return detectLang([saved, ...browserLanguages]);
}

/** Remembers `lang` for the next visit. */
export function rememberLang(store: KeyValueStore, lang: Lang): void {
  try {
    store.setItem(LANG_KEY, lang);
  } catch {
    // Storage disabled: the choice lasts until the page closes.
  }
}
