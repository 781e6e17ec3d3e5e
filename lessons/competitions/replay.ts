import { z } from 'zod';
import { type ErrorCode, type ErrorParams, MekongError } from '../../robot/errors.ts';
import { phrase } from '../../robot/i18n/localize.ts';
import { kitSchema } from '../../robot/kits/kit-schema.ts';
import { parseWithSchema } from '../../robot/validate.ts';
import { hashTrace, type Trace } from '../../simulator/world/trace.ts';
import { worldSchema } from '../../simulator/world/world-schema.ts';
import type { Format } from './format-files.ts';
import { formatFields } from './format-schema.ts';
import type { Competitor, MatchJob, MatchOutcome } from './match.ts';
import { sha256Hex } from './sha256.ts';
import { compareRuns, type MatchRecord, type Mode, sumoScore } from './tournament.ts';
import './texts/compete-phrases.ts';

/**
 * A replay file: one match with everything needed to play it again bit for bit (format
 * rules, world, kit profiles, the programs or their hashes, seeds, realism), what it gave
 * (each round's result and trace hash) and the traces to watch it. `mekong replay verify`
 * plays it again and compares; the web app plays the traces.
 */

/** Version of the replay file format. */
export const REPLAY_VERSION = 1;

const hex = (digits: number) => z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`));

/** A program's error as data (codes of catalogs not loaded here are still shown by code). */
const errorData = z.strictObject({
  code: z.custom<ErrorCode>((v) => typeof v === 'string'),
  params: z.custom<ErrorParams>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  line: z.number().optional(),
  column: z.number().optional(),
});

const trialRound = z.strictObject({
  kind: z.literal('time-trial'),
  seed: z.number(),
  finished: z.boolean(),
  finishMs: z.number().nullable(),
  bumps: z.number(),
  timeMs: z.number().nullable(),
  distanceCm: z.number(),
  error: errorData.nullable(),
  simTimeMs: z.number(),
});

const sumoRound = z.strictObject({
  kind: z.literal('sumo'),
  seed: z.number(),
  robots: z.tuple([z.number().int().min(0).max(1), z.number().int().min(0).max(1)]),
  winner: z.number().int().min(0).max(1).nullable(),
  how: z.enum(['out', 'time', 'forfeit']),
  centreCm: z.tuple([z.number(), z.number()]),
  errors: z.tuple([errorData.nullable(), errorData.nullable()]),
  simTimeMs: z.number(),
});

/** What the viewer reads of a trace: every pose sample; events as they were written. */
const traceSchema = z.strictObject({
  events: z.array(
    z.looseObject({ t: z.number(), robot: z.number().int().min(0), type: z.string() }),
  ),
  samples: z.array(
    z.strictObject({
      t: z.number(),
      robots: z.array(z.tuple([z.number(), z.number(), z.number()])),
      objects: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
});

const replayProgram = z.strictObject({
  /** How the organizer named it (the path given to `mekong compete`). */
  program: z.string().min(1),
  fileName: z.string().min(1),
  language: z.enum(['ts', 'js']),
  kit: z.string().min(1),
  /** SHA-256 of the source (UTF-8), 64 hex digits. */
  sha256: hex(64),
  /** The source itself, unless the organizer kept it private. */
  source: z.string().optional(),
  /** Why its file was no program (it played an empty one and lost): Competitor.unreadable. */
  unreadable: errorData.optional(),
});

export const replaySchema = z.strictObject({
  mekongReplay: z.literal(REPLAY_VERSION),
  /** Where the match stands in its competition (for standings and the viewer; not verified). */
  competition: z.strictObject({
    mode: z.enum(['time-trial', 'round-robin', 'bracket']),
    /** Every program of the competition, in the order given. */
    entrants: z.array(z.strictObject({ program: z.string(), kit: z.string() })),
    /** Indexes into `entrants` of this match's programs. */
    players: z.array(z.number().int().min(0)).min(1).max(2),
    /** 1-based number of the match. */
    match: z.number().int().min(1),
    /** Knockout: the bracket round. */
    round: z.number().int().min(1).optional(),
  }),
  format: formatFields.omit({ world: true }),
  world: worldSchema,
  /** Kit profiles by id, as they were when the match was played. */
  kits: z.record(z.string(), kitSchema),
  programs: z.array(replayProgram).min(1).max(2),
  seeds: z.array(z.number().int().min(0)).min(1).max(15),
  rounds: z.array(
    z.strictObject({
      result: z.discriminatedUnion('kind', [trialRound, sumoRound]),
      /** hashTrace of the round's trace: the same in Node and every browser. */
      traceHash: hex(16),
      trace: traceSchema.optional(),
    }),
  ),
  /** The hard stop ended a program: it lost the match, its rounds went with its thread. */
  stopped: z
    .strictObject({
      program: z.number().int().min(0).max(1),
      round: z.number().int(),
      error: errorData,
    })
    .nullable(),
  /** The match: sumo round wins and winner, or a time trial's best run. */
  result: z.union([
    z.strictObject({
      kind: z.literal('sumo'),
      wins: z.tuple([z.number(), z.number()]),
      draws: z.number(),
      winner: z.number().int().min(0).max(1).nullable(),
    }),
    z.strictObject({ kind: z.literal('time-trial'), best: z.number().int().nullable() }),
  ]),
});

export type Replay = z.output<typeof replaySchema>;
export type ReplayResult = Replay['result'];

/** A match's summary from its rounds: what the file's `result` holds. */
export function matchResult(
  kind: 'sumo' | 'time-trial',
  record: Pick<MatchRecord, 'rounds' | 'stopped'>,
): ReplayResult {
  if (kind === 'sumo') {
    const { wins, draws, winner } = sumoScore(record);
    return { kind, wins, draws, winner };
  }
  let best: number | null = null;
  record.rounds.forEach((r, i) => {
    const b = best === null ? undefined : record.rounds[best];
    if (r.kind !== 'time-trial') return;
    if (b?.kind !== 'time-trial' || compareRuns(r, b) < 0) best = i;
  });
  return { kind, best: record.stopped ? null : best };
}

export interface ReplayContext {
  mode: Mode;
  entrants: { program: string; kit: string }[];
  players: number[];
  match: number;
  round?: number;
}

/** The replay of a played match. `sources: false` keeps only the programs' hashes. */
export function buildReplay(
  job: MatchJob,
  outcome: MatchOutcome,
  context: ReplayContext,
  options: { sources: boolean; traces: boolean },
): Replay {
  const { worldFile: _file, world, ...format } = job.format;
  const record = { rounds: outcome.rounds.map((r) => r.result), stopped: outcome.stopped };
  return {
    mekongReplay: REPLAY_VERSION,
    competition: context,
    format,
    world,
    kits: Object.fromEntries(
      job.competitors.map((c) => [c.kit, job.kits[c.kit]]),
    ) as Replay['kits'],
    programs: job.competitors.map((c) => ({
      program: c.program,
      fileName: c.fileName,
      language: c.language,
      kit: c.kit,
      sha256: sha256Hex(c.source),
      ...(options.sources ? { source: c.source } : {}),
      ...(c.unreadable ? { unreadable: c.unreadable } : {}),
    })),
    seeds: job.seeds,
    rounds: outcome.rounds.map((r) => ({
      result: r.result as Replay['rounds'][number]['result'],
      traceHash: r.traceHash,
      ...(options.traces
        ? { trace: r.trace as NonNullable<Replay['rounds'][number]['trace']> }
        : {}),
    })),
    stopped: outcome.stopped as Replay['stopped'],
    result: matchResult(job.format.rules.kind, record as MatchRecord),
  };
}

/** Checks a replay file's data; FILE_INVALID naming the field otherwise. */
export function parseReplay(data: unknown, file: string): Replay {
  return parseWithSchema(replaySchema, data, file);
}

/**
 * A source for each program of `replay`: its own, or one of `given` with the same hash
 * (programs given that played no part in this match are passed over).
 */
export function replaySources(replay: Replay, given: readonly { source: string }[] = []): string[] {
  const byHash = new Map(given.map((g) => [sha256Hex(g.source), g.source]));
  return replay.programs.map((p) => {
    // An unreadable program's source is empty: no file is needed to play it again.
    const source = byHash.get(p.sha256) ?? p.source ?? (p.unreadable ? '' : undefined);
    if (source === undefined) {
      throw new MekongError('BAD_OPTION', {
        option: '[programs...]',
        value: phrase('sourceMissing', { program: p.program }),
        expected: phrase('programNotInReplay'),
      });
    }
    return source;
  });
}

/** The match a replay records, ready to play again. */
export function replayJob(replay: Replay, sources: readonly string[]): MatchJob {
  const format: Format = { ...replay.format, worldFile: 'world.json', world: replay.world };
  return {
    format,
    kits: replay.kits,
    competitors: replay.programs.map(
      (p, i): Competitor => ({
        program: p.program,
        source: sources[i] as string,
        language: p.language,
        fileName: p.fileName,
        kit: p.kit,
        ...(p.unreadable ? { unreadable: p.unreadable } : {}),
      }),
    ),
    seeds: replay.seeds,
  };
}

/** What verification found: the same match, or the first field that differs. */
export type Verdict =
  | { ok: true; traceHashes: string[] }
  | { ok: false; field: string; recorded: unknown; replayed: unknown };

/**
 * The first place where `recorded` and `replayed` differ, as a path below `at` (keys in
 * any order), or undefined when they are the same.
 */
export function firstDifference(
  recorded: unknown,
  replayed: unknown,
  at: string,
): { field: string; recorded: unknown; replayed: unknown } | undefined {
  if (Object.is(recorded, replayed)) return undefined;
  const bothObjects =
    typeof recorded === 'object' &&
    typeof replayed === 'object' &&
    recorded !== null &&
    replayed !== null &&
    Array.isArray(recorded) === Array.isArray(replayed);
  if (!bothObjects) return { field: at, recorded, replayed };
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    for (let i = 0; i < Math.max(recorded.length, replayed.length); i++) {
      const d = firstDifference(recorded[i], replayed[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const a = recorded as Record<string, unknown>;
  const b = replayed as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const key of keys) {
    const d = firstDifference(a[key], b[key], at === '' ? key : `${at}.${key}`);
    if (d) return d;
  }
  return undefined;
}

/**
 * Plays a replay's match again with `play` and compares everything that decides it: the
 * programs' hashes, the stored traces, each round's trace hash and result, the hard stop
 * and the match's result. `raw` is the file's JSON as read (traces are hashed as written).
 */
export async function verifyReplay(
  replay: Replay,
  raw: unknown,
  sources: readonly string[],
  play: (job: MatchJob) => Promise<MatchOutcome>,
): Promise<Verdict> {
  const differs = (field: string, recorded: unknown, replayed: unknown): Verdict => ({
    ok: false,
    field,
    recorded,
    replayed,
  });
  for (const [i, p] of replay.programs.entries()) {
    const sha = sha256Hex(sources[i] as string);
    if (sha !== p.sha256) return differs(`programs[${i}].sha256`, p.sha256, sha);
  }
  const rawRounds = (raw as { rounds?: { trace?: Trace }[] }).rounds ?? [];
  for (const [k, round] of replay.rounds.entries()) {
    const trace = rawRounds[k]?.trace;
    if (trace && hashTrace(trace) !== round.traceHash)
      return differs(`rounds[${k}].trace`, round.traceHash, hashTrace(trace));
  }
  const outcome = await play(replayJob(replay, sources));
  const stop = firstDifference(replay.stopped, outcome.stopped, 'stopped');
  if (stop) return differs(stop.field, stop.recorded, stop.replayed);
  if (replay.rounds.length !== outcome.rounds.length)
    return differs('rounds', replay.rounds.length, outcome.rounds.length);
  for (const [k, round] of replay.rounds.entries()) {
    const again = outcome.rounds[k] as MatchOutcome['rounds'][number];
    if (again.traceHash !== round.traceHash)
      return differs(`rounds[${k}].traceHash`, round.traceHash, again.traceHash);
    const d = firstDifference(round.result, again.result, `rounds[${k}].result`);
    if (d) return differs(d.field, d.recorded, d.replayed);
  }
  const record = { rounds: outcome.rounds.map((r) => r.result), stopped: outcome.stopped };
  const d = firstDifference(replay.result, matchResult(replay.format.rules.kind, record), 'result');
  if (d) return differs(d.field, d.recorded, d.replayed);
  return { ok: true, traceHashes: outcome.rounds.map((r) => r.traceHash) };
}
