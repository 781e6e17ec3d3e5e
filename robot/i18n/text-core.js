// The text mechanism's plain-JavaScript core: the languages, `fill` and the language
// detector. Plain JavaScript (type-checked through JSDoc) because `mekong --help` loads it
// without the TypeScript loader; the typed catalogs are in catalog.ts.

/** The languages every student-facing text exists in. */
export const LANGS = /** @type {const} */ (['en', 'vi', 'lo']);

/** @typedef {(typeof LANGS)[number]} Lang */

/**
 * @param {unknown} value
 * @returns {value is Lang}
 */
export function isLang(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LANGS).includes(value);
}

/**
 * Replaces `{name}` in `template` with `params.name`; unknown names stay as they are.
 * @param {string} template
 * @param {Readonly<Record<string, unknown>>} params
 * @returns {string}
 */
export function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The language of the first preference that names one of LANGS, else English. A preference
 * is a language tag or a locale ('vi', 'vi-VN', 'lo_LA.UTF-8'); unset ones are skipped.
 * The CLI passes [--lang, MEKONG_LANG, the system locale]; the web app [the saved choice,
 * ...navigator.languages].
 * @param {readonly (string | null | undefined)[]} preferences
 * @returns {Lang}
 */
export function detectLang(preferences) {
  for (const preference of preferences) {
    const code = preference?.trim().slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return 'en';
}

/**
 * The system's locale as POSIX defines it: LC_ALL, else LC_MESSAGES, else LANG.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {string | undefined}
 */
export function systemLocale(env) {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}
