/**
 * The one text mechanism: every layer keeps its texts in a catalog made by `defineCatalog`,
 * one entry per key with a wording in every language (docs/texts.md, "How to add a text").
 * The type system reads the `{name}` slots out of each wording: Vietnamese and Lao must have
 * exactly the slots of English, and a call site must give exactly those parameters.
 * Every catalog is registered here, so one test walks them all, and coded texts (errors and
 * phrases, kept as `{code, params}` until shown) are found by their code.
 */
import { NAMED_PARAMS } from './names.ts';
import { fill, type Lang } from './text-core.js';

/**
 * Plural forms of a text, chosen through Intl.PluralRules by the number in its `count`
 * parameter, or in the parameter that `by` names. A language with one form (vi, lo) gives
 * only `other`.
 */
export type PluralTemplate = { readonly other: string; readonly by?: string } & {
  readonly [F in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** One wording with `{name}` slots, or its plural forms. */
export type Template = string | PluralTemplate;

/** What one language holds for one key: a template, or named parts (message, suggestion). */
export type Wording = Template | { readonly [part: string]: Template };

/** One text in every language. */
export type Entry = Readonly<Record<Lang, Wording>>;

/** The texts of one catalog, by key. */
export type Table = Readonly<Record<string, Entry>>;

type Leaves<W> = W extends string
  ? W
  : W extends object
    ? Leaves<W[Exclude<keyof W, 'by'>]>
    : never;
// `{ … }` (with a space) is text, not a slot, as in fill's /\{(\w+)\}/.
type SlotsIn<S, Found = never> = S extends `${string}{${infer Name}}${infer Rest}`
  ? SlotsIn<Rest, Name extends '' | `${string}${' ' | '{'}${string}` ? Found : Found | Name>
  : Found;

/** The `{name}` slots of a wording (all its parts and plural forms). */
export type Slots<W> = SlotsIn<Leaves<W>>;

/** What the type checker says when a language's slots differ from English's. */
interface SlotMismatch<Expected> {
  readonly 'must have exactly the {slots} of en': Expected;
}

type SameSlots<En, Other> = [Slots<En>] extends [Slots<Other>]
  ? [Slots<Other>] extends [Slots<En>]
    ? Other
    : SlotMismatch<Slots<En>>
  : SlotMismatch<Slots<En>>;

/** `T` where vi and lo keep exactly en's slots (what defineCatalog requires). */
export type Checked<T extends Table> = {
  readonly [K in keyof T]: {
    readonly en: T[K]['en'];
    readonly vi: SameSlots<T[K]['en'], T[K]['vi']>;
    readonly lo: SameSlots<T[K]['en'], T[K]['lo']>;
  };
};

type PluralIn<W> =
  | Extract<W, { readonly other: string }>
  | (W extends object ? Extract<W[keyof W], { readonly other: string }> : never);

type EnOf<E> = E extends { readonly en: infer W } ? W : never;

type CountOf<P> = P extends { readonly by: infer By extends string } ? By : 'count';

/** The parameters of entry `E`: one per slot, and a number that chooses a plural's form. */
export type ParamsOf<E> = { readonly [N in Slots<EnOf<E>>]: TextParam } & ([
  PluralIn<EnOf<E>>,
] extends [never]
  ? unknown
  : { readonly [N in CountOf<PluralIn<EnOf<E>>>]: number });

/** The parameters argument of entry `E`: optional when it has none. */
export type ParamsArg<E> = [Slots<EnOf<E>> | PluralIn<EnOf<E>>] extends [never]
  ? [params?: Readonly<Record<string, never>>]
  : [params: ParamsOf<E>];

/** Keys whose wording is one template (not parts). */
export type TemplateKey<T extends Table> = {
  [K in keyof T]: T[K]['en'] extends Template ? K : never;
}[keyof T] &
  string;

/**
 * One parameter of a text: a value shown as it is (a number through Intl.NumberFormat when
 * it is a plural's `count`), a list ("3, 5 and 6" in the reader's words), or a phrase.
 */
export type TextParam = string | number | readonly (string | number | CodedText)[] | CodedText;

export type TextParams = Readonly<Record<string, TextParam>>;

/**
 * A text kept as data: a stable code and the parameters that fill it. It is worded in the
 * reader's language only when shown, so JSON output can carry the code and params as they are.
 */
export interface CodedText<Code extends string = string> {
  readonly code: Code;
  readonly params: TextParams;
}

/** Catalogs of coded texts: errors (message + suggestion) and phrases (parameters of texts). */
export type CodedKind = 'errors' | 'phrases';

export interface Catalog<T extends Table = Table> {
  /** Who owns it, e.g. "robot errors", "cli words". */
  readonly name: string;
  /** Whether its keys are codes of errors or phrases, found by `codedEntry`. */
  readonly coded: CodedKind | undefined;
  readonly texts: T;
  /**
   * Text `key` in `lang`: its plural form chosen by `count`, its slots filled from `params`
   * (the compiler checks that they are exactly the text's slots). It needs no `this`, so a
   * layer may name it: `export const cliText = CLI_WORDS.say`.
   */
  readonly say: <K extends TemplateKey<T>>(
    key: K,
    lang: Lang,
    ...params: ParamsArg<T[K]>
  ) => string;
}

const REGISTRY = new Map<string, Catalog>();

/**
 * Makes and registers a catalog. `texts` is written `{ key: { en, vi, lo } }`; vi and lo must
 * have exactly the `{slots}` of en (a type error names the slots otherwise).
 */
export function defineCatalog<const T extends Table>(
  name: string,
  texts: T & Checked<T>,
  coded?: CodedKind,
): Catalog<T> {
  const say = <K extends TemplateKey<T>>(key: K, lang: Lang, ...params: ParamsArg<T[K]>) =>
    wordTemplate(texts[key]?.[lang] as Template, (params[0] ?? {}) as TextParams, lang);
  // A module evaluated again (Vite's hot reload) replaces its catalog; names are unique
  // across the sources (tests/robot/i18n/catalogs.test.ts checks it).
  const catalog: Catalog<T> = { name, coded, texts, say };
  REGISTRY.set(name, catalog);
  return catalog;
}

/** Every registered catalog (those whose modules were imported). */
export function registeredCatalogs(): readonly Catalog[] {
  return [...REGISTRY.values()];
}

/** The entry of coded text `code` among the registered catalogs of `kind`. */
export function codedEntry(kind: CodedKind, code: string): Entry | undefined {
  for (const catalog of REGISTRY.values()) {
    if (catalog.coded === kind && Object.hasOwn(catalog.texts, code)) return catalog.texts[code];
  }
  return undefined;
}

/**
 * `template` in `lang` with its slots filled (`localize`); a plural's form is chosen by its
 * count, and the count is shown through Intl.NumberFormat.
 */
export function wordTemplate(template: Template, params: TextParams, lang: Lang): string {
  if (typeof template === 'string') return localize(template, params, lang);
  const by = template.by ?? 'count';
  const count = Number(params[by]);
  const form = template[new Intl.PluralRules(lang).select(count)] ?? template.other;
  const shown = { ...params, [by]: new Intl.NumberFormat(lang).format(count) };
  return localize(form, shown, lang);
}

/** The word before the last item of a list. */
const AND: Record<Lang, string> = { en: 'and', vi: 'và', lo: 'ແລະ' };

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
    return entry ? wordTemplate(entry[lang] as Template, value.params, lang) : value.code;
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

/*
 * The codes of phrases and errors with their entries. Each layer's coded catalog adds its
 * table here (declaration merging), so `phrase(code, params)` and `new MekongError(code,
 * params)` check the code and its parameters wherever they are written.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each layer's phrase catalog
export interface PhraseTable {}
// biome-ignore lint/suspicious/noEmptyInterface: filled by each layer's error catalog
export interface ErrorTable {}

export type PhraseCode = keyof PhraseTable & string;
export type ErrorCode = keyof ErrorTable & string;
