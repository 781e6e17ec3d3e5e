import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { ACTION_CHECK_TEXTS } from './action-check-texts.ts';
import areasTexts from './check-texts.areas.texts.json' with { type: 'json' };
import causesTexts from './check-texts.causes.texts.json' with { type: 'json' };
import reasonsTexts from './check-texts.reasons.texts.json' with { type: 'json' };
import stepsTexts from './check-texts.steps.texts.json' with { type: 'json' };
import thingsTexts from './check-texts.things.texts.json' with { type: 'json' };

/*
 * The reasons mission checks give, in every student language. Vietnamese and Lao were
 * written by the developers and want review by a native teacher; keep the same `{names}`
 * in every language (a test checks it).
 */
export const CHECK_TEXTS = {
  ...reasonsTexts,
  ...ACTION_CHECK_TEXTS,
} as const satisfies Record<string, Entry>;

export type ReasonKey = keyof typeof CHECK_TEXTS;

/**
 * The likely cause in the program of a failed check (causes.ts), said after the reason. A
 * robot call without `await` is said with the words of robot/program/missing-await-text.ts.
 */
export const CAUSE_TEXTS = causesTexts satisfies Record<string, Entry>;

/** Names of the things a robot can hit, as `{what}` in a reason. */
export const THING_NAMES = thingsTexts satisfies Record<string, Record<Lang, string>>;

/** One step of an `events-in-order` check, as `{step}` in a reason. */
export const STEP_NAMES = stepsTexts satisfies Record<string, Record<Lang, string>>;

export type StepName = keyof typeof STEP_NAMES;

/** How an area is named when the lesson gives it no name. */
export const AREA_FALLBACK = areasTexts satisfies Record<string, Record<Lang, string>>;

/** The catalogs of the mission checks (the registry's generic test checks every language). */
export const CHECK_CATALOGS = [
  defineCatalog('check reasons', CHECK_TEXTS),
  defineCatalog('check causes', CAUSE_TEXTS),
  defineCatalog('check things', THING_NAMES),
  defineCatalog('check steps', STEP_NAMES),
  defineCatalog('check areas', AREA_FALLBACK),
] as const;
