import { defineCatalog } from './catalog.ts';
import texts from './phrases.texts.json' with { type: 'json' };

/*
 * Pieces of error texts that fill a parameter of an error ({detail}, {expected}, {format},
 * {problem}, ...): what was wrong and what is allowed. An error carries one as
 * `phrase(code, params)` and it is worded in the reader's language when shown. These are the
 * robot layer's phrases; lessons, firmware-bridge and the CLI keep theirs in their own catalogs.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 * The words are in phrases.texts.json, in groups: files and values (from noSuchFile); a field
 * of a kit, world or lesson file, after the field's path: "size.width is missing" (from
 * problemAt); the schemas' own checks, whose `message` is one of these codes and `params`
 * its values (from pinLike).
 */
export const ROBOT_PHRASES = defineCatalog('robot phrases', texts, 'phrases');

declare module './catalog.ts' {
  interface PhraseTable extends RobotPhraseTable {}
}
type RobotPhraseTable = typeof ROBOT_PHRASES.texts;
