/**
 * The one text mechanism: every layer keeps its texts in a catalog made by `defineCatalog`,
 * one entry per key with a wording in every language (docs/texts.md, "How to add a text").
 * The type system reads the `{name}` slots out of each wording: Vietnamese and Lao must have
 * exactly the slots of English, and a call site must give exactly those parameters.
 * Every catalog is registered here, so one test walks them all, and coded texts (errors and
 * phrases, kept as `{code, params}` until shown) are found by their code.
 */
import type { Lang } from './text-core.js';

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
}

/**
 * Turns a wording's slots into text. The catalog module does not fill slots itself: the
 * localizer (localize.ts) knows how to word lists, names and phrases.
 */
type Filler = (template: string, params: TextParams, lang: Lang) => string;

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
  // A module evaluated again (Vite's hot reload) replaces its catalog; names are unique
  // across the sources (tests/robot/i18n/catalogs.test.ts checks it).
  const catalog: Catalog<T> = { name, coded, texts };
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
 * `template` in `lang` with its slots filled by `filler`; a plural's form is chosen by its
 * count, and the count is shown through Intl.NumberFormat.
 */
export function wordTemplate(
  template: Template,
  params: TextParams,
  lang: Lang,
  filler: Filler,
): string {
  if (typeof template === 'string') return filler(template, params, lang);
  const by = template.by ?? 'count';
  const count = Number(params[by]);
  const form = template[new Intl.PluralRules(lang).select(count)] ?? template.other;
  const shown = { ...params, [by]: new Intl.NumberFormat(lang).format(count) };
  return filler(form, shown, lang);
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
