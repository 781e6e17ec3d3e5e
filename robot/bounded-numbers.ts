import { z } from 'zod';

/*
 * Bounded numbers for the JSON files teachers write (kits, worlds): every number has a
 * range, so a typo (a body of 1e308 cm) is refused with the range named, not simulated.
 */

/** A number from −`limit` to `limit`: a coordinate, an offset, a heading. */
export function plusMinus(limit: number) {
  return z.number().min(-limit).max(limit);
}

/** A size: more than 0 and at most `max`. */
export function sizeUpTo(max: number) {
  return z.number().positive().max(max);
}
