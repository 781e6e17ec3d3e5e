// Imported for its effect too: the catalog registers itself, so its phrases are worded.
import '../i18n/engine-phrases.ts';
import type { ENGINE_PHRASES } from '../i18n/engine-phrases.ts';
import { anyPhrase, type CodedText, type PhraseCode } from '../i18n/localize.ts';

/**
 * The JavaScript engine's messages, matched to phrases so a student reads them in their
 * language. Each rule's English phrase is the engine's text exactly, so English output is
 * unchanged; a message no rule knows is shown as the engine wrote it.
 */
type EngineCode = keyof typeof ENGINE_PHRASES.texts & PhraseCode;

interface Rule {
  pattern: RegExp;
  code: EngineCode;
  /** Parameter names, in the order of the pattern's groups. */
  params: readonly string[];
}

const RUNTIME_RULES: readonly Rule[] = [
  { pattern: /^ReferenceError: '(.+)' is not defined$/, code: 'jsNotDefined', params: ['name'] },
  {
    pattern: /^TypeError: (.+) is not a function: the robot has no "(.+)" \(it has (.+)\)$/,
    code: 'jsRobotHasNo',
    params: ['callee', 'call', 'methods'],
  },
  { pattern: /^TypeError: (.+) is not a function$/, code: 'jsNotAFunction', params: ['callee'] },
  {
    pattern: /^TypeError: cannot read property '(.+)' of (undefined|null)$/,
    code: 'jsCannotRead',
    params: ['property', 'value'],
  },
  {
    pattern: /^TypeError: cannot set property '(.+)' of (undefined|null)$/,
    code: 'jsCannotSet',
    params: ['property', 'value'],
  },
  { pattern: /^TypeError: '(.+)' is read-only$/, code: 'jsReadOnly', params: ['name'] },
  { pattern: /^TypeError: value is not iterable$/, code: 'jsNotIterable', params: [] },
  { pattern: /^RangeError: invalid array length$/, code: 'jsInvalidArrayLength', params: [] },
];

const SYNTAX_RULES: readonly Rule[] = [
  { pattern: /^expecting '(.+)'$/, code: 'jsExpectingQuickJs', params: ['token'] },
  { pattern: /^Unexpected token, expected "(.+)"$/, code: 'jsExpectingSucrase', params: ['token'] },
  {
    pattern: /^unexpected token in expression: '(.+)'$/,
    code: 'jsUnexpectedInExpression',
    params: ['token'],
  },
  { pattern: /^Unexpected token$/, code: 'jsUnexpectedToken', params: [] },
  { pattern: /^unexpected end of string$/, code: 'jsUnterminatedStringQuickJs', params: [] },
  { pattern: /^Unterminated string constant$/, code: 'jsUnterminatedStringSucrase', params: [] },
  { pattern: /^unexpected end of input$/, code: 'jsUnexpectedEnd', params: [] },
];

function match(rules: readonly Rule[], text: string): string | CodedText<PhraseCode> {
  for (const rule of rules) {
    const found = rule.pattern.exec(text);
    if (!found) continue;
    const params: Record<string, string> = {};
    rule.params.forEach((name, index) => {
      params[name] = found[index + 1] as string;
    });
    return anyPhrase(rule.code, params);
  }
  return text;
}

/** A runtime error's detail ("TypeError: …") as a phrase where one is known. */
export function runtimeDetail(text: string): string | CodedText<PhraseCode> {
  return match(RUNTIME_RULES, text);
}

/** A syntax error's detail (after "the program cannot be read:") as a phrase where known. */
export function syntaxDetail(text: string): string | CodedText<PhraseCode> {
  return match(SYNTAX_RULES, text);
}
