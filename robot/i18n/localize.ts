import { PART_NAMES } from './error-messages.ts';
import { fill, type Lang } from './lang.ts';
import { JSON_TYPE_NAMES, PHRASES, type PhraseCode } from './phrases.ts';

/**
 * One parameter of a text: a value shown as it is, a list ("3, 5 and 6" in the reader's
 * words), or a phrase of PHRASES (worded in the reader's language).
 */
export type TextParam =
  | string
  | number
  | readonly (string | number | CodedText<PhraseCode>)[]
  | CodedText<PhraseCode>;

export type TextParams = Readonly<Record<string, TextParam>>;

/**
 * A text kept as data: a stable code and the parameters that fill it. It is rendered in the
 * reader's language only when shown, so JSON output can carry the code and params as they are.
 */
export interface CodedText<Code extends string = string> {
  readonly code: Code;
  readonly params: TextParams;
}

/** The sides of the robot (motors, line sensors), as students read them. */
export const SIDE_NAMES = {
  left: { en: 'left', vi: 'trái', lo: 'ຊ້າຍ' },
  center: { en: 'center', vi: 'giữa', lo: 'ກາງ' },
  right: { en: 'right', vi: 'phải', lo: 'ຂວາ' },
} as const satisfies Record<string, Record<Lang, string>>;

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

/** A phrase of PHRASES with its parameters, to pass as a parameter of another text. */
export function phrase(code: PhraseCode, params: TextParams = {}): CodedText<PhraseCode> {
  return { code, params };
}

/** Whether `value` is a phrase (and not a value shown as it is). */
export function isPhrase(value: unknown, code?: PhraseCode): value is CodedText<PhraseCode> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const text = value as Partial<CodedText>;
  return (
    typeof text.code === 'string' &&
    Object.hasOwn(PHRASES, text.code) &&
    (code === undefined || text.code === code)
  );
}

function show(name: string, value: TextParam, lang: Lang): string {
  if (isPhrase(value)) return localize(PHRASES[value.code][lang], value.params, lang);
  const names = NAMED_PARAMS[name];
  const word = (item: string | number | CodedText<PhraseCode>) =>
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
 * so is a phrase (PHRASES).
 */
export function localize(template: string, params: TextParams, lang: Lang): string {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) shown[name] = show(name, value, lang);
  return fill(template, shown);
}
