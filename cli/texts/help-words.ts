import { defineCatalog } from '../../robot/i18n/catalog.ts';
import { HELP_TEXTS } from '../help-text.js';

/**
 * The help words (cli/help-text.texts.json, read by the plain JavaScript of cli/help-text.js
 * so that `mekong --help` starts without TypeScript) in the registry. The JSON file's
 * generated declaration gives them literal types, so the compiler checks their slots here
 * as in every other catalog.
 */
export const HELP_WORDS = defineCatalog('help words', HELP_TEXTS);
