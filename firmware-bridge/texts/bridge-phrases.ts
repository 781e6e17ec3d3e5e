import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './bridge-phrases.texts.json' with { type: 'json' };

/*
 * Phrases of the hardware side (ports, links, boards, flashing): the {detail} or {reason}
 * of an error, worded in the reader's language when shown.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 * The words are in bridge-phrases.texts.json, in groups: serial ports and boards (from
 * noSuchPort), then what a USB serial port probably is, from its USB ids (from guessArduino).
 */
export const BRIDGE_PHRASES = defineCatalog('firmware-bridge phrases', texts, 'phrases');

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends BridgePhraseTable {}
}
type BridgePhraseTable = typeof BRIDGE_PHRASES.texts;
