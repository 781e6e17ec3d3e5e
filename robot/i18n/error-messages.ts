import { defineCatalog } from './catalog.ts';
import texts from './error-messages.texts.json' with { type: 'json' };

/** A translated text: what went wrong and what to do about it. `{name}` is a parameter. */
export interface ErrorText {
  message: string;
  suggestion: string;
}

/*
 * The robot layer's errors (the program, its files, kits, options). Errors of the hardware
 * side are in firmware-bridge/texts/bridge-errors.ts. Vietnamese and Lao texts were written by
 * the developers and want review by a native teacher.
 */
export const ROBOT_ERRORS = defineCatalog('robot errors', texts, 'errors');

declare module './catalog.ts' {
  interface ErrorTable extends RobotErrorTable {}
}
type RobotErrorTable = typeof ROBOT_ERRORS.texts;
