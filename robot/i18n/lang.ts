export { detectLang, fill, isLang, LANGS, type Lang, systemLocale } from './text-core.js';
