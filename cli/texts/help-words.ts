import { defineCatalog, type Table } from '../../robot/i18n/catalog.ts';
import { HELP_TEXTS } from '../help-text.js';

/**
 * The help words (plain JavaScript data in cli/help-text.js, so that `mekong --help` starts
 * without TypeScript) in the registry. JavaScript data has no literal types, so the generic
 * test (tests/robot/i18n/catalogs.test.ts) is what checks their slots.
 */
export const HELP_WORDS = defineCatalog('help words', HELP_TEXTS as Table);
