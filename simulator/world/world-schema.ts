import { z } from 'zod';
import { plusMinus, sizeUpTo } from '../../robot/index.ts';

/**
 * The world file: an arena in cm, x right, y up, headings in degrees counter-clockwise
 * from +x. The outer boundary of `size` is always walled. Only `size` is required.
 */

/**
 * What a classroom arena can be: every length and coordinate in cm, headings in degrees.
 * A world past these is a typo or a hostile file; the bounds keep the world's grids and
 * trigonometry finite.
 */
export const WORLD_LIMITS = {
  /** Largest arena side, cm (20 m: a sports hall). */
  sizeCm: 2000,
  /** Coordinates lie within ±this, cm (objects may stand outside the walls). */
  coordinateCm: 4000,
  /** Widest line, cm. */
  lineWidthCm: 50,
  /** Headings and rotations within ±this, degrees (ten turns). */
  headingDeg: 3600,
  /** Most points in one line. */
  linePoints: 2000,
  /** Most lines, walls, obstacles, zones, start poses. */
  lines: 200,
  walls: 500,
  obstacles: 500,
  zones: 100,
  starts: 16,
  /** Most scripted presses of the button. */
  buttonPresses: 100,
  /** Latest scripted press, ms (ten minutes: longer than any lesson). */
  pressAtMs: 600_000,
} as const;

const coordinate = plusMinus(WORLD_LIMITS.coordinateCm);
const length = sizeUpTo(WORLD_LIMITS.sizeCm);
const heading = plusMinus(WORLD_LIMITS.headingDeg);
const point = z.strictObject({ x: coordinate, y: coordinate });
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colourLike');
const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'idLetters');

/**
 * A text people read (a world's name, a zone's label, see world-text.ts): one per language,
 * or one text shown in every language (a teacher's own world in the class's language).
 */
const words = z.string().min(1);
const shownText = z.union([words, z.strictObject({ en: words, vi: words, lo: words })], {
  error: 'textOrLanguages',
});

export const poseSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  headingDeg: heading.default(0),
});

const box = z.strictObject({
  type: z.literal('box'),
  id: id.optional(),
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  rotationDeg: heading.default(0),
  movable: z.boolean().default(false),
  color: colour.optional(),
});

const cylinder = z.strictObject({
  type: z.literal('cylinder'),
  id: id.optional(),
  x: coordinate,
  y: coordinate,
  radius: z
    .number()
    .positive()
    .max(WORLD_LIMITS.sizeCm / 2),
  movable: z.boolean().default(false),
  color: colour.optional(),
});

export const worldSchema = z.strictObject({
  /** Shown in pickers, in the reader's language; defaults to the file name. */
  name: shownText.optional(),
  size: z.strictObject({ width: length, height: length }),
  start: poseSchema.default({ x: 20, y: 20, headingDeg: 0 }),
  /** Extra start poses for races with several robots (robot 2, 3, ...). */
  starts: z.array(poseSchema).max(WORLD_LIMITS.starts).default([]),
  /** Floor reflectance 0 (black) .. 1 (white). */
  floor: z
    .strictObject({ reflectance: z.number().min(0).max(1), color: colour })
    .default({ reflectance: 0.85, color: '#f2efe6' }),
  walls: z
    .array(z.strictObject({ from: point, to: point }))
    .max(WORLD_LIMITS.walls)
    .default([]),
  obstacles: z
    .array(z.discriminatedUnion('type', [box, cylinder]))
    .max(WORLD_LIMITS.obstacles)
    .default([]),
  lines: z
    .array(
      z.strictObject({
        points: z.array(point).min(2).max(WORLD_LIMITS.linePoints),
        /** Line width, cm. */
        width: sizeUpTo(WORLD_LIMITS.lineWidthCm).default(2),
        /** Joins the last point back to the first. */
        closed: z.boolean().default(false),
        reflectance: z.number().min(0).max(1).default(0.08),
        color: colour.default('#1b1b1b'),
      }),
    )
    .max(WORLD_LIMITS.lines)
    .default([]),
  zones: z
    .array(
      z.strictObject({
        id,
        /** Written on the zone's floor in the reader's language; without it, the id. */
        label: shownText.optional(),
        x: coordinate,
        y: coordinate,
        width: length,
        height: length,
        color: colour.optional(),
      }),
    )
    .max(WORLD_LIMITS.zones)
    .default([])
    .refine((zones) => new Set(zones.map((zone) => zone.id)).size === zones.length, {
      message: 'idTwice',
    }),
  /**
   * Presses of every robot's button, scripted (a lesson about the button is graded on the
   * same presses every time): pressed at `atMs` (simulated ms) and let go `holdMs` later.
   */
  buttonPresses: z
    .array(
      z.strictObject({
        atMs: z.number().int().min(0).max(WORLD_LIMITS.pressAtMs),
        holdMs: z.number().int().min(20).max(10_000).default(250),
      }),
    )
    .max(WORLD_LIMITS.buttonPresses)
    .default([]),
  /** Each robot draws its path on the floor as a pen would (lessons that draw shapes). */
  pen: z
    .strictObject({
      color: colour.default('#1f4fbf'),
      /** Width of the drawn line, cm. */
      widthCm: sizeUpTo(5).default(1),
    })
    .optional(),
});

export type WorldInput = z.input<typeof worldSchema>;
export type WorldSpec = z.output<typeof worldSchema>;
export type Pose = z.output<typeof poseSchema>;
export type ObstacleSpec = WorldSpec['obstacles'][number];
export type LineSpec = WorldSpec['lines'][number];
export type ZoneSpec = WorldSpec['zones'][number];
