import { z } from 'zod';

/**
 * The world file: an arena in cm, x right, y up, headings in degrees counter-clockwise
 * from +x. The outer boundary of `size` is always walled. Only `size` is required.
 */

const point = z.strictObject({ x: z.number(), y: z.number() });
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colourLike');
const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'idLetters');

export const poseSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
  headingDeg: z.number().default(0),
});

const box = z.strictObject({
  type: z.literal('box'),
  id: id.optional(),
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  rotationDeg: z.number().default(0),
  movable: z.boolean().default(false),
  color: colour.optional(),
});

const cylinder = z.strictObject({
  type: z.literal('cylinder'),
  id: id.optional(),
  x: z.number(),
  y: z.number(),
  radius: z.number().positive(),
  movable: z.boolean().default(false),
  color: colour.optional(),
});

export const worldSchema = z.strictObject({
  /** Shown in pickers; defaults to the file name. */
  name: z.string().optional(),
  size: z.strictObject({ width: z.number().positive(), height: z.number().positive() }),
  start: poseSchema.default({ x: 20, y: 20, headingDeg: 0 }),
  /** Extra start poses for races with several robots (robot 2, 3, ...). */
  starts: z.array(poseSchema).default([]),
  /** Floor reflectance 0 (black) .. 1 (white). */
  floor: z
    .strictObject({ reflectance: z.number().min(0).max(1), color: colour })
    .default({ reflectance: 0.85, color: '#f2efe6' }),
  walls: z.array(z.strictObject({ from: point, to: point })).default([]),
  obstacles: z.array(z.discriminatedUnion('type', [box, cylinder])).default([]),
  lines: z
    .array(
      z.strictObject({
        points: z.array(point).min(2),
        /** Line width, cm. */
        width: z.number().positive().default(2),
        /** Joins the last point back to the first. */
        closed: z.boolean().default(false),
        reflectance: z.number().min(0).max(1).default(0.08),
        color: colour.default('#1b1b1b'),
      }),
    )
    .default([]),
  zones: z
    .array(
      z.strictObject({
        id,
        x: z.number(),
        y: z.number(),
        width: z.number().positive(),
        height: z.number().positive(),
        color: colour.optional(),
      }),
    )
    .default([])
    .refine((zones) => new Set(zones.map((zone) => zone.id)).size === zones.length, {
      message: 'idTwice',
    }),
});

export type WorldInput = z.input<typeof worldSchema>;
export type WorldSpec = z.output<typeof worldSchema>;
export type Pose = z.output<typeof poseSchema>;
export type ObstacleSpec = WorldSpec['obstacles'][number];
export type LineSpec = WorldSpec['lines'][number];
export type ZoneSpec = WorldSpec['zones'][number];
