import { z } from 'zod';
import { TOOLBOX_BLOCK_TYPES } from '../robot/blocks/toolbox.ts';
import { checkSchema, translatedSchema } from './checks/check-schema.ts';
import './texts/lesson-phrases.ts';
import { varySchema } from './vary-schema.ts';

/** The robot parts a lesson can need (the names of robot/i18n PART_NAMES). */
export const LESSON_PARTS = ['ultrasonic', 'servo', 'line', 'buzzer', 'led', 'button'] as const;

const fileName = z.string().regex(/^[a-z0-9-]+\.json$/, 'lessonFileName');

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/**
 * A lesson's manifest, `lessons/NN-<id>/lesson.json`. Texts live beside it in en.md,
 * vi.md and lo.md; the program a student starts from in starter.ts; the reference
 * solution in solution.ts.
 */
export const lessonManifestSchema = z
  .strictObject({
    /** Lower-case words with dashes; the folder is named `NN-<id>` (NN = order, two digits). */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowerCaseId'),
    /**
     * The lesson's number (students and teachers name it: `--lesson 4`), which also places
     * it in the course unless `after` does.
     */
    order: z.number().int().min(1).max(99),
    /**
     * Id of the lesson this one comes right after in the course (lessons/course-order.ts):
     * a lesson added later takes its place without renumbering the others.
     */
    after: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'lowerCaseId')
      .optional(),
    title: translatedSchema,
    /** Kits the lesson runs on; each must have every part in `parts`. */
    kits: z.array(z.string().min(1)).min(1).refine(unique, { message: 'listedTwice' }),
    /** Parts the lesson's programs use besides the motors (for the hardware path too). */
    parts: z.array(z.enum(LESSON_PARTS)).refine(unique, { message: 'listedTwice' }),
    /**
     * Where a student starts the lesson: the block editor ("blocks", which needs a
     * starter.blocks.json) or the code editor ("code"). The lesson text says which.
     */
    mode: z.enum(['blocks', 'code']).default('code'),
    /** The blocks the lesson introduces (block types), shown in its text in Blocks mode. */
    newBlocks: z
      .array(z.string().refine((type) => TOOLBOX_BLOCK_TYPES.includes(type), 'unknownBlock'))
      .refine(unique, { message: 'listedTwice' })
      .default([]),
    /** The world file, in the lesson folder. */
    world: fileName,
    /**
     * More worlds (e.g. mirrored) that graded runs take turns with, so a program must read
     * its sensors instead of knowing the way by heart. Run k uses world k mod (1 + variants).
     */
    variants: z.array(fileName).default([]),
    /** How graded runs after the first vary the world (see world-variation.ts). */
    vary: varySchema.optional(),
    /** Programs still running are stopped at this simulated time, ms. */
    timeLimitMs: z.number().int().min(1000).max(600_000),
    /**
     * Id of a check whose passing completes the mission: the run ends right then, and
     * what the robot does afterwards does not count (e.g. bumping around after the goal).
     */
    endWhen: z.string().optional(),
    /** Names of zones and circles for the check reasons, by id. */
    names: z.record(z.string(), translatedSchema).default({}),
    checks: z
      .array(checkSchema)
      .min(1)
      .refine((checks) => unique(checks.map((c) => c.id)), {
        message: 'idTwice',
      }),
    /**
     * Where each translation stands: "draft" = written by the developers, awaiting review by
     * a native-speaking teacher; "reviewed" = checked. It covers everything of the lesson in
     * that language: the text (vi.md), the starter (starter.vi.ts), the words of lesson.json
     * and of its world files. Teachers see it (`mekong lessons --teacher`); students never.
     */
    review: z
      .strictObject({ vi: z.enum(['draft', 'reviewed']), lo: z.enum(['draft', 'reviewed']) })
      .default({ vi: 'draft', lo: 'draft' }),
  })
  .refine((m) => unique([m.world, ...m.variants]), {
    path: ['variants'],
    message: 'listedTwice',
  })
  .refine((m) => m.endWhen === undefined || m.checks.some((c) => c.id === m.endWhen), {
    path: ['endWhen'],
    message: 'endWhenUnknown',
  });

export type LessonManifestInput = z.input<typeof lessonManifestSchema>;
export type LessonManifest = z.output<typeof lessonManifestSchema>;
export type LessonPart = (typeof LESSON_PARTS)[number];
