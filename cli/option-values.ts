// Checks the options of a verb against the value rules of its spec (cli/verb-spec.ts) and
// turns numbers into numbers. Light on purpose: only a bad value loads the error texts.
import type { OptionSpecs, ValueRule } from './verb-spec.ts';

/** The value `raw` stands for under `rule`, or undefined when it breaks the rule. */
function ruledValue(rule: ValueRule, raw: string): number | string | undefined {
  if (rule.type === 'oneOf') return rule.choices.includes(raw) ? raw : undefined;
  // A blank value is no number (Number() would take it as 0).
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  const ok =
    (rule.type === 'wholeNumber' ? Number.isInteger(n) : Number.isFinite(n)) &&
    n >= rule.min &&
    n <= rule.max;
  return ok ? n : undefined;
}

/**
 * commander's options with every ruled value checked and converted; BAD_OPTION (naming the
 * option, the value and what it may be) for the first that breaks its rule.
 */
export async function checkedOptions(
  specs: OptionSpecs,
  raw: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const options: Record<string, unknown> = { ...raw };
  for (const [key, spec] of Object.entries(specs)) {
    const given = raw[key];
    if (spec.value === undefined || typeof given !== 'string') continue;
    const value = ruledValue(spec.value, given);
    if (value === undefined) {
      const { badOption } = await import('./io.ts');
      throw badOption(spec.flags.split(' ')[0] as string, given, spec.value);
    }
    options[key] = value;
  }
  return options;
}
