import JSON_TYPE_NAMES from './names.json-types.texts.json' with { type: 'json' };
import PART_NAMES from './names.parts.texts.json' with { type: 'json' };
import SIDE_NAMES from './names.sides.texts.json' with { type: 'json' };
import type { Lang } from './text-core.js';

/*
 * The names a text's parameters may give by id, worded when shown: `part`/`parts` name
 * robot parts, `side` a side, `jsonType`/`jsonReceived` a JSON type. Plain data, read by
 * the localizer (catalog.ts) and registered as catalogs by localize.ts. The names are in
 * names.parts.texts.json (the robot's parts, as students read them), names.sides.texts.json
 * (the sides of the robot: motors, line sensors) and names.json-types.texts.json (JSON
 * value types, as `jsonType`/`jsonReceived` name them). NAMED_PARAMS's type checks that
 * each has every language. Exported as imported, without a `const` that aliases them: the
 * page's first bundle would carry the alias.
 */
export { JSON_TYPE_NAMES, PART_NAMES, SIDE_NAMES };

export type PartName = keyof typeof PART_NAMES;

/** Parameters whose values are ids of names, translated when shown. */
export const NAMED_PARAMS: Readonly<
  Record<string, Readonly<Record<string, Record<Lang, string>>>>
> = {
  part: PART_NAMES,
  parts: PART_NAMES,
  side: SIDE_NAMES,
  jsonType: JSON_TYPE_NAMES,
  jsonReceived: JSON_TYPE_NAMES,
};
