import type { Realism } from '../simulator/world/realism.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';
import type { Lesson } from './lesson-files.ts';

/*
 * How a lesson is run, in one place for everyone who runs one: `mekong run --lesson`, the
 * grader and the web app's "Check my mission". Small on purpose: the web page imports it
 * without the simulator.
 */

/**
 * The seed of a single lesson run when nobody names one (`mekong run --lesson` without
 * `--seed`, the web app's check). The grader's first run uses it too.
 */
export const LESSON_RUN_SEED = 1;

/**
 * Lessons run like a real classroom robot (motor mismatch, sensor noise, dead band): a
 * solution must work on the robots the students have, not only on an ideal one.
 */
export const LESSON_REALISM: Realism = 'classroom';

/** Seeds a program is graded on when nobody says otherwise: five different robots. */
export const DEFAULT_SEEDS = 5;

/** Seeds 1, 2, 3, ... take turns with the lesson's worlds. */
export function worldForSeed(lesson: Lesson, seed: number): { index: number; world: WorldSpec } {
  const n = lesson.worlds.length;
  const index = (((seed - 1) % n) + n) % n;
  return { index, world: lesson.worlds[index] as WorldSpec };
}
