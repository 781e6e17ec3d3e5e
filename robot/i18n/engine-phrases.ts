import { defineCatalog } from './catalog.ts';
import texts from './engine-phrases.texts.json' with { type: 'json' };

/*
 * The JavaScript engine's own messages (QuickJS, and sucrase for TypeScript), worded again
 * for students: robot/program/engine-messages.ts matches the common ones and fills these.
 * English is the engine's text exactly; Vietnamese and Lao say it in their words and keep
 * the engine's error kind (TypeError, ReferenceError) so a teacher can look it up.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 * The words are in engine-phrases.texts.json; from jsExpectingQuickJs on, syntax errors: what
 * follows "the program cannot be read:".
 */
export const ENGINE_PHRASES = defineCatalog('engine phrases', texts, 'phrases');

declare module './catalog.ts' {
  interface PhraseTable extends EnginePhraseTable {}
}
type EnginePhraseTable = typeof ENGINE_PHRASES.texts;
