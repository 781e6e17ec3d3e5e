import jsonTypesTexts from './names.json-types.texts.json' with { type: 'json' };
import partsTexts from './names.parts.texts.json' with { type: 'json' };
import sidesTexts from './names.sides.texts.json' with { type: 'json' };
import type { Lang } from './text-core.js';

/*
 * The names a text's parameters may give by id, worded when shown: `part`/`parts` name
 * robot parts, `side` a side, `jsonType`/`jsonReceived` a JSON type. Plain data, read by
 * the localizer (catalog.ts) and registered as catalogs by localize.ts.
 */

/** Names of the robot's parts, as students read them. */
export const PART_NAMES = partsTexts satisfies Record<string, Record<Lang, string>>;

export type PartName = keyof typeof PART_NAMES;

/** The sides of the robot (motors, line sensors), as students read them. */
export const SIDE_NAMES = sidesTexts satisfies Record<string, Record<Lang, string>>;

/** JSON value types as `jsonType`/`jsonReceived` parameters name them. */
export const JSON_TYPE_NAMES = jsonTypesTexts satisfies Record<string, Record<Lang, string>>;

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
