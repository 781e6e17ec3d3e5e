import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import texts from './flash-text.texts.json' with { type: 'json' };

/*
 * The words of "Flash our firmware" in the page (loaded with its dialog). The fixes replace
 * the suggestions of `mekong flash`'s errors, which name the command and its options.
 * Vietnamese and Lao were written by the developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const FLASH_TEXT = texts;

export const FLASH_CATALOG = defineCatalog('web app flashing', FLASH_TEXT);

/** The flashing text `key` in `lang`. */
export const ft = FLASH_CATALOG.say;

/** The page's fix for each error of flashing (the CLI's own names its options). */
export const FLASH_FIXES = {
  FLASH_NO_SYNC: 'fixNoSync',
  FLASH_WRONG_SIGNATURE: 'fixWrongBoard',
  FLASH_VERIFY_FAILED: 'fixAgain',
  FLASH_UNPLUGGED: 'fixUnplugged',
  FLASH_PORT_BUSY: 'fixBusy',
  PORT_UNAVAILABLE: 'fixBusy',
  FLASH_NO_FIRMWARE_ANSWER: 'fixNoAnswer',
} as const satisfies Record<string, keyof typeof FLASH_TEXT>;
