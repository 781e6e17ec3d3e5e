import { z } from 'zod';
import { REALISM_LEVELS, type Realism } from '../../simulator/world/realism.ts';
import { poseSchema } from '../../simulator/world/world-schema.ts';
import { translatedSchema } from '../checks/check-schema.ts';
import './texts/compete-phrases.ts';

/**
 * A competition format's manifest, `lessons/competitions/<id>/format.json`: a world (world.json
 * beside it) plus the rules, in the same spirit as a lesson. Organizers add their own
 * format as a folder like the builtin ones (docs/competitions.md).
 */

const point = z.strictObject({ x: z.number(), y: z.number() });

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** A lap of a closed floor line: the lesson check `lap-time` measures it. */
const lapFinish = z.strictObject({
  type: z.literal('lap'),
  /** Index into the world's `lines`; the line must be closed. */
  line: z.number().int().min(0).default(0),
  /** Share of the line that counts as a whole lap. */
  lapShare: z.number().gt(0).max(1).default(0.95),
  /** How far the line sensors may be from the line and still count as on it, cm. */
  toleranceCm: z.number().positive().default(4),
});

/** Entering a zone of the world (the exit of a maze). */
const zoneFinish = z.strictObject({
  type: z.literal('zone'),
  zone: z.string().min(1),
});

/** One robot at a time against the clock: line race, maze. */
export const timeTrialRules = z
  .strictObject({
    kind: z.literal('time-trial'),
    finish: z.discriminatedUnion('type', [lapFinish, zoneFinish]),
    /**
     * The way to the finish, as points (cm): how far an unfinished run got is measured
     * along it. A lap's route is its line; a zone finish needs one.
     */
    route: z.array(point).min(2).max(500).optional(),
    /** A robot's centre this far from the route still counts as on it, cm. */
    routeToleranceCm: z.number().positive().default(35),
    /** Added to the time for each bump into a wall or obstacle, ms. */
    bumpPenaltyMs: z.number().int().min(0).max(60_000).default(0),
  })
  .refine((r) => r.finish.type === 'lap' || r.route !== undefined, {
    path: ['route'],
    message: 'zoneNeedsRoute',
  });

/** Two robots, two programs, in a ring. */
export const sumoRules = z.strictObject({
  kind: z.literal('sumo'),
  /** The ring, cm: a robot whose centre leaves it is out. */
  ring: z.strictObject({ x: z.number(), y: z.number(), radius: z.number().positive() }),
  /** The two start poses; rounds take turns with them (mirrored starts). */
  starts: z.tuple([poseSchema, poseSchema]),
  /** At the time limit, a robot this much nearer the centre than the other wins, cm. */
  drawMarginCm: z.number().min(0).default(1),
});

/** The manifest's fields, before the checks between them (replay files reuse them). */
export const formatFields = z.strictObject({
  /** Lower-case words with dashes; the folder has the same name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowerCaseId'),
  title: translatedSchema,
  /** Kits a program may run on; each program names one (`// kit: <id>`) or gets the first. */
  kits: z.array(z.string().min(1)).min(1).refine(unique, { message: 'listedTwice' }),
  /** One kit for everyone: programs cannot choose. */
  kit: z.string().min(1).optional(),
  world: z.string().regex(/^[a-z0-9-]+\.json$/, 'lessonFileName'),
  realism: z.enum(REALISM_LEVELS as [Realism, ...Realism[]]).default('classroom'),
  /** Each run or round ends at this simulated time, ms. */
  timeLimitMs: z.number().int().min(1000).max(600_000),
  /** Runs per program (time trials: the best counts) or rounds per match (sumo: best of). */
  seeds: z.number().int().min(1).max(15),
  rules: z.union([timeTrialRules, sumoRules]),
});

export const formatManifestSchema = formatFields.refine(
  (f) => f.kit === undefined || f.kits.includes(f.kit),
  {
    path: ['kit'],
    message: 'kitNotListed',
  },
);

export type FormatManifest = z.output<typeof formatManifestSchema>;
export type TimeTrialRules = z.output<typeof timeTrialRules>;
export type SumoRules = z.output<typeof sumoRules>;
export type FormatRules = FormatManifest['rules'];
