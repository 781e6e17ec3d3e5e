import { z } from 'zod';
import type { WorldVariation } from './world-variation.ts';

/** `[min, max]`, min <= max. */
const range = z
  .tuple([z.number(), z.number()])
  .refine(([min, max]) => min <= max, { message: 'rangeOrder' });

/** A range of factors: both above 0. */
const factors = range.refine(([min]) => min > 0, { message: 'rangePositive' });

const offsets = z.strictObject({ x: range.optional(), y: range.optional() });

/** The `vary` field of a lesson.json (see world-variation.ts for what each part does). */
export const varySchema = z.strictObject({
  scale: factors.optional(),
  stretch: z.strictObject({ x: factors.optional(), y: factors.optional() }).optional(),
  start: z
    .strictObject({ x: range.optional(), y: range.optional(), headingDeg: range.optional() })
    .optional(),
  obstacles: z.record(z.string(), offsets).optional(),
}) satisfies z.ZodType<WorldVariation>;
