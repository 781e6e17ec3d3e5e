import {
  type Catalog,
  type CodedText,
  defineCatalog,
  type ParamsArg,
  type PhraseCode,
  type PhraseTable,
  type Table,
  type TemplateKey,
  type TextParams,
} from './catalog.ts';
import type { Lang } from './lang.ts';
import { JSON_TYPE_NAMES, PART_NAMES, SIDE_NAMES } from './names.ts';
// The robot's own coded texts, registered wherever phrases are made.
import './error-messages.ts';
import './phrases.ts';

export type { CodedText, PhraseCode, TextParam, TextParams } from './catalog.ts';

/** The names of parts, sides and JSON types (the registry's generic test checks them). */
export const NAME_CATALOGS = [
  defineCatalog('part names', PART_NAMES),
  defineCatalog('side names', SIDE_NAMES),
  defineCatalog('JSON type names', JSON_TYPE_NAMES),
] as const;

/**
 * A phrase with its parameters, to pass as a parameter of another text. The code must be
 * in a phrase catalog and `params` must fill exactly its slots.
 */
export function phrase<Code extends PhraseCode>(
  code: Code,
  ...params: ParamsArg<PhraseTable[Code]>
): CodedText<Code> {
  return { code, params: (params[0] ?? {}) as TextParams };
}

/**
 * A phrase whose code is only known when the program runs (a schema's message, a code
 * chosen from a list): its parameters are not checked by the compiler.
 */
export function anyPhrase(code: PhraseCode, params: TextParams = {}): CodedText<PhraseCode> {
  return { code, params };
}

/** Text `key` of `catalog` in `lang`, as `catalog.say(key, lang, params)` words it. */
export function say<T extends Table, K extends TemplateKey<T>>(
  catalog: Catalog<T>,
  key: K,
  lang: Lang,
  ...params: ParamsArg<T[K]>
): string {
  return catalog.say(key, lang, ...params);
}
