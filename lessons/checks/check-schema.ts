import { z } from 'zod';

/**
 * Mission checks as data (the `checks` list of a lesson.json). Every check is evaluated
 * on the trace of a finished run and yields passed, a score 0..100 and a reason.
 */

/** A text in every student language. */
export const translatedSchema = z.strictObject({
  en: z.string().min(1),
  vi: z.string().min(1),
  lo: z.string().min(1),
});

/**
 * An area of the floor: a zone of the world file (by id), a circle in cm, or what a closed
 * line of the world encloses (a ring: it follows the world when the world varies).
 */
export const areaSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** Names the circle in the lesson's `names`. */
    id: z.string().min(1).optional(),
    x: z.number(),
    y: z.number(),
    radius: z.number().positive(),
  }),
  z.strictObject({
    /** Names the area in the lesson's `names`. */
    id: z.string().min(1).optional(),
    /** Index into the world's `lines`; the line must be closed. */
    line: z.number().int().min(0),
  }),
]);

const common = {
  /** Unique in the lesson; shown to teachers and in `--json`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowerCaseId'),
  /** A required check must pass for the lesson to pass; others only add to the score. */
  required: z.boolean().default(true),
  /** Weight of this check in the lesson score (the scores are averaged with these weights). */
  weight: z.number().positive().default(1),
  /** What to try when the check fails, in every language. */
  hint: translatedSchema.optional(),
  /**
   * Id of an earlier check this one needs: until that one passes, this one does not count
   * (a robot that stays home has not "come back home" nor "driven without bumping").
   */
  needs: z.string().optional(),
};

const reachZone = z.strictObject({
  ...common,
  type: z.literal('reach-zone'),
  area: areaSchema,
  /** The robot must still be inside when the run ends (park in it), not just pass through. */
  stopInside: z.boolean().default(false),
  /** Must be reached by this time, ms. */
  withinMs: z.number().int().positive().optional(),
});

const visitInOrder = z.strictObject({
  ...common,
  type: z.literal('visit-in-order'),
  areas: z.array(areaSchema).min(2),
  withinMs: z.number().int().positive().optional(),
});

/** A check of `type` about the robot and one area for the whole run, and nothing else. */
const wholeRunInArea = <T extends string>(type: T) =>
  z.strictObject({ ...common, type: z.literal(type), area: areaSchema });

const avoidZone = wholeRunInArea('avoid-zone');

const stopNearWall = z.strictObject({
  ...common,
  type: z.literal('stop-near-wall'),
  /** Gap between the robot's front and the wall ahead when it stops, cm. */
  minCm: z.number().min(0),
  maxCm: z.number().positive(),
});

const stayInside = wholeRunInArea('stay-inside');

const noCollision = z.strictObject({
  ...common,
  type: z.literal('no-collision'),
  /** What counts; default: everything. */
  with: z
    .array(z.enum(['wall', 'obstacle', 'robot']))
    .min(1)
    .default(['wall', 'obstacle', 'robot']),
});

const followLine = z.strictObject({
  ...common,
  type: z.literal('follow-line'),
  /** Index into the world's `lines`. */
  line: z.number().int().min(0).default(0),
  /** Share of the line's length (0..1) the robot must follow. */
  minShare: z.number().gt(0).max(1),
  /** How far the line sensors may be from the line and still count as on it, cm. */
  toleranceCm: z.number().positive().default(4),
});

const lapTime = z.strictObject({
  ...common,
  type: z.literal('lap-time'),
  line: z.number().int().min(0).default(0),
  /** A lap done later than this fails, ms. */
  maxMs: z.number().int().positive(),
  /** A lap this fast or faster scores 100; slower laps score down to 50 at maxMs. */
  targetMs: z.number().int().positive(),
  /** Share of a closed line that counts as a whole lap. */
  lapShare: z.number().gt(0).max(1).default(0.95),
  toleranceCm: z.number().positive().default(4),
});

const pushOut = z.strictObject({
  ...common,
  type: z.literal('push-out'),
  area: areaSchema,
  /** Ids of the movable objects to push out; default: every movable object. */
  objects: z.array(z.string().min(1)).min(1).optional(),
  /** How many must be out to pass; default: all of them. */
  minCount: z.number().int().min(1).optional(),
});

const eventStep = z.discriminatedUnion('event', [
  z.strictObject({
    event: z.literal('led'),
    /** true: any "on" state or colour; false: off. */
    on: z.boolean().default(true),
  }),
  z.strictObject({
    event: z.literal('beep'),
    minHz: z.number().min(0).default(0),
    maxHz: z.number().positive().default(20_000),
  }),
  z.strictObject({
    event: z.literal('servo'),
    minDeg: z.number().default(0),
    maxDeg: z.number().default(180),
  }),
  z.strictObject({ event: z.literal('log'), contains: z.string().default('') }),
]);

const eventsInOrder = z.strictObject({
  ...common,
  type: z.literal('events-in-order'),
  steps: z.array(eventStep).min(1),
});

const finishWithin = z.strictObject({
  ...common,
  type: z.literal('finish-within'),
  /** The program must end by itself (no error) by this time, ms. */
  ms: z.number().int().positive(),
});

const printsReading = z.strictObject({
  ...common,
  type: z.literal('prints-reading'),
  /** What the printed number must be: the ultrasonic distance (cm) or a line sensor's floor (0..1). */
  sensor: z.enum(['distance', 'floor']),
  /** How many printed readings must be true. */
  minCount: z.number().int().min(1).default(1),
  /** Two true readings count apart only when what the sensor read differs by this (cm, or 0..1). */
  apart: z.number().min(0).default(0),
});

const buttonDrive = z.strictObject({
  ...common,
  type: z.literal('button-drive'),
  /** How long the program may take to answer a press, ms. */
  reactMs: z.number().int().min(0).max(5000).default(400),
});

const buttonCount = z.strictObject({
  ...common,
  type: z.literal('button-count'),
});

const drawShape = z.strictObject({
  ...common,
  type: z.literal('draw-shape'),
  /** The path must end this close to where it started, cm ... */
  closeCm: z.number().positive(),
  /** ... or within this share of its length, when that is more (drift grows with distance). */
  closeShare: z.number().min(0).max(1).default(0),
  /** The surface the path must surround, cm². */
  minAreaCm2: z.number().min(0),
  /** Corners: turns of 30° or more made while moving less than 4 cm. */
  minCorners: z.number().int().min(0).default(0),
  /** The robot must stay in this area (the paper). */
  area: areaSchema.optional(),
});

const lightShow = z.strictObject({
  ...common,
  type: z.literal('light-show'),
  minNotes: z.number().int().min(0).default(0),
  /** Different pitches among the notes (whole Hz). */
  minPitches: z.number().int().min(0).default(0),
  /** Times the LED changes (on, off, another colour). */
  minLedChanges: z.number().int().min(0).default(0),
});

const signalInArea = z.strictObject({
  ...common,
  type: z.literal('signal-in-area'),
  /** The LED coming on (any colour) or a beep. */
  signal: z.enum(['led', 'beep']),
  area: areaSchema,
});

export const checkSchema = z.discriminatedUnion('type', [
  reachZone,
  visitInOrder,
  avoidZone,
  stopNearWall,
  stayInside,
  noCollision,
  followLine,
  lapTime,
  pushOut,
  eventsInOrder,
  finishWithin,
  printsReading,
  buttonDrive,
  buttonCount,
  drawShape,
  lightShow,
  signalInArea,
]);

export type Translated = z.output<typeof translatedSchema>;
export type Area = z.output<typeof areaSchema>;
export type CheckInput = z.input<typeof checkSchema>;
export type Check = z.output<typeof checkSchema>;
export type CheckType = Check['type'];
export type CheckOf<T extends CheckType> = Extract<Check, { type: T }>;
export type EventStep = z.output<typeof eventStep>;

/** Every check type, in the order the docs list them. */
export const CHECK_TYPES = [
  'reach-zone',
  'visit-in-order',
  'avoid-zone',
  'stop-near-wall',
  'stay-inside',
  'no-collision',
  'follow-line',
  'lap-time',
  'push-out',
  'events-in-order',
  'finish-within',
  'prints-reading',
  'button-drive',
  'button-count',
  'draw-shape',
  'light-show',
  'signal-in-area',
] as const satisfies readonly CheckType[];
