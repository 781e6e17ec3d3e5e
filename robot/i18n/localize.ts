import {
  type Catalog,
  type CodedText,
  codedEntry,
  defineCatalog,
  type ParamsArg,
  type PhraseCode,
  type PhraseTable,
  type Table,
  type Template,
  type TemplateKey,
  type TextParam,
  type TextParams,
  wordTemplate,
} from './catalog.ts';
import { PART_NAMES } from './error-messages.ts';
import { fill, type Lang } from './lang.ts';
import { JSON_TYPE_NAMES } from './phrases.ts';

export type { CodedText, PhraseCode, TextParam, TextParams } from './catalog.ts';

/** The sides of the robot (motors, line sensors), as students read them. */
export const SIDE_NAMES = {
  left: { en: 'left', vi: 'trái', lo: 'ຊ້າຍ' },
  center: { en: 'center', vi: 'giữa', lo: 'ກາງ' },
  right: { en: 'right', vi: 'phải', lo: 'ຂວາ' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The names of parts, sides and JSON types (the registry's generic test checks them). */
export const NAME_CATALOGS = [
  defineCatalog('part names', PART_NAMES),
  defineCatalog('side names', SIDE_NAMES),
  defineCatalog('JSON type names', JSON_TYPE_NAMES),
] as const;

/** Parameters whose values are ids of names, translated when shown. */
const NAMED_PARAMS: Readonly<Record<string, Readonly<Record<string, Record<Lang, string>>>>> = {
  part: PART_NAMES,
  parts: PART_NAMES,
  side: SIDE_NAMES,
  jsonType: JSON_TYPE_NAMES,
  jsonReceived: JSON_TYPE_NAMES,
};

/** The word before the last item of a list. */
const AND: Record<Lang, string> = { en: 'and', vi: 'và', lo: 'ແລະ' };

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

/** Whether `value` is a phrase (and not a value shown as it is). */
export function isPhrase(value: unknown, code?: PhraseCode): value is CodedText<PhraseCode> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const text = value as Partial<CodedText>;
  return (
    typeof text.code === 'string' &&
    codedEntry('phrases', text.code) !== undefined &&
    (code === undefined || text.code === code)
  );
}

function show(name: string, value: TextParam, lang: Lang): string {
  if (isPhrase(value)) {
    const entry = codedEntry('phrases', value.code);
    return entry ? wordTemplate(entry[lang] as Template, value.params, lang, localize) : value.code;
  }
  const names = NAMED_PARAMS[name];
  const word = (item: string | number | CodedText) =>
    isPhrase(item)
      ? show(name, item, lang)
      : names && typeof item === 'string' && Object.hasOwn(names, item)
        ? (names[item] as Record<Lang, string>)[lang]
        : String(item);
  if (!Array.isArray(value)) return word(value as string | number);
  const words = value.map(word);
  // A list of phrases is a list of clauses, which may have commas of their own.
  if (value.some((item) => isPhrase(item))) return words.join('; ');
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${AND[lang]} ${words.at(-1)}`;
}

/**
 * `template` with its `{name}` slots filled from `params` in `lang`. `part`/`parts` name robot
 * parts (PART_NAMES keys) and `side` a side (SIDE_NAMES keys): those are translated too, and
 * so is a phrase.
 */
export function localize(template: string, params: TextParams, lang: Lang): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = show(name, value, lang);
  return fill(template, shown);
}

/**
 * Text `key` of `catalog` in `lang`: its plural form chosen by `count`, its slots filled from
 * `params` (the compiler checks that they are exactly the text's slots).
 */
export function say<T extends Table, K extends TemplateKey<T>>(
  catalog: Catalog<T>,
  key: K,
  lang: Lang,
  ...params: ParamsArg<T[K]>
): string {
  const template = catalog.texts[key]?.[lang] as Template;
  return wordTemplate(template, (params[0] ?? {}) as TextParams, lang, localize);
}
