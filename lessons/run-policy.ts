import type { Realism } from '../simulator/world/realism.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';
import type { Lesson } from './lesson-files.ts';
import { varyWorld } from './world-variation.ts';

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

/** Varied worlds already made, by lesson and seed (the web app asks for the same one often). */
const varied = new WeakMap<Lesson, Map<number, WorldSpec>>();

/**
 * The world of the run with `seed`: seeds 1, 2, 3, ... take turns with the lesson's worlds,
 * and every seed but LESSON_RUN_SEED varies its world as the lesson's `vary` says
 * (world-variation.ts). So the first run is on the world students see while they write
 * their program, and the grader's other runs are not.
 */
export function worldForSeed(lesson: Lesson, seed: number): { index: number; world: WorldSpec } {
  const n = lesson.worlds.length;
  const index = (((seed - 1) % n) + n) % n;
  const world = lesson.worlds[index] as WorldSpec;
  if (!lesson.vary || seed === LESSON_RUN_SEED) return { index, world };
  let bySeed = varied.get(lesson);
  if (!bySeed) {
    bySeed = new Map();
    varied.set(lesson, bySeed);
  }
  let made = bySeed.get(seed);
  if (!made) {
    made = varyWorld(world, lesson.vary, seed);
    bySeed.set(seed, made);
  }
  return { index, world: made };
}
