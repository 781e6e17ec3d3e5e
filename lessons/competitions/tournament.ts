import type { ErrorData } from '../../robot/errors.ts';
import type { Kit } from '../../robot/kits/kit-schema.ts';
import type { Format } from './format-files.ts';
import {
  type Competitor,
  type MatchJob,
  type MatchOutcome,
  type MatchStop,
  type PlayOptions,
  playMatch,
  type SumoRound,
  type TrialRound,
} from './match.ts';

/**
 * A whole competition as data: which matches to play, and the standings from their
 * results. Playing a match is the caller's (worker threads in Node, this thread in tests),
 * so this module never runs a program itself.
 */

/** Plays `jobs`, calling `onDone` as each one ends (in any order). */
export type PlayMatches = (
  jobs: readonly MatchJob[],
  onDone: (index: number, outcome: MatchOutcome) => void | Promise<void>,
) => Promise<void>;

/** A played match without its traces: who played, and what each round gave. */
export interface MatchRecord {
  /** Indexes into the competition's competitors, in the match's order. */
  players: number[];
  rounds: (TrialRound | SumoRound)[];
  stopped: MatchStop | null;
  /** Knockout only: the bracket round (1 = first). */
  round?: number;
}

export type Mode = 'time-trial' | 'round-robin' | 'bracket';

interface StandingBase {
  rank: number;
  program: string;
  kit: string;
  /** The program's error, when it lost by failing (the first such error). */
  error: ErrorData | null;
}

export interface TrialStanding extends StandingBase {
  finished: boolean;
  /** Best time, ms (with bump penalties); null when no run finished. */
  timeMs: number | null;
  /** How far the best run got, cm. */
  distanceCm: number;
  bumps: number;
  /** Seed of the best run. */
  seed: number | null;
}

export interface SumoStanding extends StandingBase {
  played: number;
  won: number;
  drawn: number;
  lost: number;
  points: number;
  roundsWon: number;
  roundsLost: number;
  /** Knockout only: how far it got (1 = lost in the first round; rounds + 1 = champion). */
  reached?: number;
}

export type Standing = TrialStanding | SumoStanding;

export interface CompetitionOptions {
  format: Format;
  competitors: Competitor[];
  kits: Readonly<Record<string, Kit>>;
  seeds: number[];
  /** Sumo only: a knockout bracket instead of a round robin. */
  bracket?: boolean;
  play: PlayMatches;
  /** Each match as it ends, with its traces (e.g. to write its replay). */
  onMatch?: (played: PlayedMatch) => void | Promise<void>;
}

/** A match that just ended, as runCompetition reports it. */
export interface PlayedMatch {
  job: MatchJob;
  outcome: MatchOutcome;
  record: MatchRecord;
  /** Its place in the plan, 1-based (the same whichever match ends first). */
  number: number;
  /** Matches ended so far, and planned in all. */
  done: number;
  total: number;
}

export interface Competition {
  format: Format;
  mode: Mode;
  competitors: Competitor[];
  matches: MatchRecord[];
  standings: Standing[];
}

/** Points for a sumo match won and drawn. */
export const WIN_POINTS = 3;
export const DRAW_POINTS = 1;

/** Runs every match of the competition and ranks the programs. */
export async function runCompetition(options: CompetitionOptions): Promise<Competition> {
  const { format, competitors } = options;
  const mode = modeOf(format, options.bracket ?? false);
  const matches: MatchRecord[] = [];
  let done = 0;
  const total =
    mode === 'bracket'
      ? bracketMatches(competitors.length)
      : mode === 'time-trial'
        ? competitors.length
        : roundRobinPairs(competitors.length).length;
  const playAll = async (pairs: number[][], round?: number): Promise<MatchRecord[]> => {
    const before = matches.length;
    const jobs = pairs.map(
      (players): MatchJob => ({
        format,
        kits: options.kits,
        competitors: players.map((p) => competitors[p] as Competitor),
        seeds: options.seeds,
      }),
    );
    const records: MatchRecord[] = new Array(jobs.length);
    await options.play(jobs, async (i, outcome) => {
      const record: MatchRecord = {
        players: pairs[i] as number[],
        rounds: outcome.rounds.map((r) => r.result),
        stopped: outcome.stopped,
        ...(round === undefined ? {} : { round }),
      };
      records[i] = record;
      done++;
      const job = jobs[i] as MatchJob;
      await options.onMatch?.({ job, outcome, record, number: before + i + 1, done, total });
    });
    return records;
  };

  if (mode !== 'bracket') {
    const pairs =
      mode === 'time-trial' ? competitors.map((_, i) => [i]) : roundRobinPairs(competitors.length);
    matches.push(...(await playAll(pairs)));
  } else {
    // Knockout: each round's matches together, winners on to the next.
    let alive = bracketSlots(competitors.length);
    for (let round = 1; alive.length > 1; round++) {
      const pairs: number[][] = [];
      const next: (number | null)[] = [];
      for (let i = 0; i < alive.length; i += 2) {
        const a = alive[i] ?? null;
        const b = alive[i + 1] ?? null;
        if (a !== null && b !== null) {
          pairs.push([a, b]);
          next.push(null);
        } else next.push(a ?? b);
      }
      const records = await playAll(pairs, round);
      matches.push(...records);
      let k = 0;
      alive = next.map((slot) => {
        if (slot !== null) return slot;
        const record = records[k++] as MatchRecord;
        return record.players[knockoutWinner(record)] as number;
      });
    }
  }
  return { format, mode, competitors, matches, standings: standingsOf(mode, competitors, matches) };
}

/** The standings of a competition from its matches (also from a set of replay files). */
export function standingsOf(
  mode: Mode,
  competitors: readonly Pick<Competitor, 'program' | 'kit'>[],
  matches: readonly MatchRecord[],
): Standing[] {
  if (mode === 'time-trial') return trialStandings(competitors, matches);
  if (mode === 'round-robin') return sumoStandings(competitors, matches);
  return bracketStandings(competitors, matches);
}

/** How a format's programs meet: alone against the clock, all against all, or knockout. */
export function modeOf(format: Format, bracket: boolean): Mode {
  if (format.rules.kind === 'time-trial') return 'time-trial';
  return bracket ? 'bracket' : 'round-robin';
}

/** Every pair once: (0,1), (0,2), …, (n-2,n-1). */
export function roundRobinPairs(n: number): number[][] {
  const pairs: number[][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
  return pairs;
}

/**
 * First-round slots of a knockout for `n` programs in seed order (the order given): a power
 * of two, with byes (null) for the top seeds when `n` is not one. Seed 1 meets the last.
 */
export function bracketSlots(n: number): (number | null)[] {
  let size = 1;
  while (size < n) size *= 2;
  const order = [0];
  while (order.length < size) {
    const m = order.length * 2;
    order.splice(0, order.length, ...order.flatMap((s) => [s, m - 1 - s]));
  }
  return order.map((seed) => (seed < n ? seed : null));
}

/** Matches a knockout of `n` programs plays. */
export function bracketMatches(n: number): number {
  return Math.max(0, n - 1);
}

/** Round wins of each program (0, 1) of a sumo match, and the draws. */
export function sumoScore(record: Pick<MatchRecord, 'rounds' | 'stopped'>): {
  wins: [number, number];
  draws: number;
  /** 0 or 1, null for a draw. A program the hard stop ended loses. */
  winner: number | null;
} {
  const wins: [number, number] = [0, 0];
  let draws = 0;
  for (const r of record.rounds) {
    if (r.kind !== 'sumo') continue;
    if (r.winner === null) draws++;
    else wins[r.winner] = (wins[r.winner] as number) + 1;
  }
  if (record.stopped) return { wins, draws, winner: record.stopped.program === 0 ? 1 : 0 };
  return { wins, draws, winner: wins[0] === wins[1] ? null : wins[0] > wins[1] ? 0 : 1 };
}

/**
 * Who goes on from a knockout match: the winner; after a draw, the one further in over
 * all rounds (smaller total distance from the centre), then the higher seed (0).
 */
export function knockoutWinner(record: MatchRecord): number {
  const { winner } = sumoScore(record);
  if (winner !== null) return winner;
  let a = 0;
  let b = 0;
  for (const r of record.rounds) {
    if (r.kind !== 'sumo') continue;
    a += r.centreCm[0];
    b += r.centreCm[1];
  }
  return b < a ? 1 : 0;
}

/** Ranks 1, 2, 2, 4: equal keys share a rank. */
function ranked<T>(rows: T[], compare: (a: T, b: T) => number): (T & { rank: number })[] {
  const sorted = [...rows].sort(compare);
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || compare(sorted[i - 1] as T, row) !== 0) rank = i + 1;
    return { ...row, rank };
  });
}

/** 0: finished, 1: did not finish, 2: the program failed. */
function tier(run: TrialRound): number {
  if (run.finished) return 0;
  return run.error ? 2 : 1;
}

/** Orders runs best first: finished by time, then unfinished by distance, failed last. */
export function compareRuns(a: TrialRound, b: TrialRound): number {
  const t = tier(a) - tier(b);
  if (t !== 0) return t;
  if (tier(a) === 0) return (a.timeMs ?? 0) - (b.timeMs ?? 0);
  if (tier(a) === 1) return b.distanceCm - a.distanceCm;
  return 0;
}

type Entrant = Pick<Competitor, 'program' | 'kit'>;

function trialStandings(
  competitors: readonly Entrant[],
  matches: readonly MatchRecord[],
): TrialStanding[] {
  const rows = matches.map((m) => {
    const c = competitors[m.players[0] as number] as Entrant;
    const runs = m.rounds.filter((r): r is TrialRound => r.kind === 'time-trial');
    const best = [...runs].sort(compareRuns)[0];
    const stopError = m.stopped?.error ?? null;
    return {
      program: c.program,
      kit: c.kit,
      finished: !stopError && (best?.finished ?? false),
      timeMs: stopError ? null : (best?.timeMs ?? null),
      distanceCm: stopError ? 0 : (best?.distanceCm ?? 0),
      bumps: stopError ? 0 : (best?.bumps ?? 0),
      seed: stopError ? null : (best?.seed ?? null),
      error: stopError ?? (best && tier(best) === 2 ? best.error : null),
    };
  });
  const asRun = (row: (typeof rows)[number]): TrialRound => ({
    kind: 'time-trial',
    seed: 0,
    finished: row.finished,
    finishMs: null,
    bumps: row.bumps,
    timeMs: row.timeMs,
    distanceCm: row.distanceCm,
    error: row.error,
    simTimeMs: 0,
  });
  return ranked(rows, (a, b) => compareRuns(asRun(a), asRun(b))).map((row) => ({
    rank: row.rank,
    program: row.program,
    kit: row.kit,
    finished: row.finished,
    timeMs: row.timeMs,
    distanceCm: row.distanceCm,
    bumps: row.bumps,
    seed: row.seed,
    error: row.error,
  }));
}

type Tally = Omit<SumoStanding, 'rank' | 'reached'>;

function tallies(competitors: readonly Entrant[], matches: readonly MatchRecord[]): Tally[] {
  const rows: Tally[] = competitors.map((c) => ({
    program: c.program,
    kit: c.kit,
    played: 0,
    won: 0,
    drawn: 0,
    lost: 0,
    points: 0,
    roundsWon: 0,
    roundsLost: 0,
    error: null,
  }));
  for (const m of matches) {
    const { wins, winner } = sumoScore(m);
    m.players.forEach((p, side) => {
      const row = rows[p] as Tally;
      row.played++;
      row.roundsWon += wins[side] as number;
      row.roundsLost += wins[1 - side] as number;
      if (winner === null) {
        row.drawn++;
        row.points += DRAW_POINTS;
      } else if (winner === side) {
        row.won++;
        row.points += WIN_POINTS;
      } else row.lost++;
      row.error ??= m.stopped?.program === side ? m.stopped.error : null;
      for (const r of m.rounds) {
        if (r.kind === 'sumo' && r.how === 'forfeit') row.error ??= r.errors[side] ?? null;
      }
    });
  }
  return rows;
}

const byName = (a: { program: string }, b: { program: string }) =>
  a.program < b.program ? -1 : a.program > b.program ? 1 : 0;

/** Round robin: points, then rounds won minus lost, then rounds won. */
function sumoStandings(
  competitors: readonly Entrant[],
  matches: readonly MatchRecord[],
): SumoStanding[] {
  const key = (a: Tally, b: Tally) =>
    b.points - a.points ||
    b.roundsWon - b.roundsLost - (a.roundsWon - a.roundsLost) ||
    b.roundsWon - a.roundsWon;
  return inRankOrder(ranked(tallies(competitors, matches), key));
}

/** Rows by rank (names in order within a rank), rank and program first as people read them. */
function inRankOrder<T extends Tally & { rank: number }>(rows: T[]) {
  return rows
    .sort((a, b) => a.rank - b.rank || byName(a, b))
    .map(({ rank, program, kit, error, ...rest }) => ({ rank, program, kit, ...rest, error }));
}

/**
 * Knockout: how far each got (the last bracket round it played in, one more for the
 * champion), then as a round robin of the matches it played.
 */
function bracketStandings(
  competitors: readonly Entrant[],
  matches: readonly MatchRecord[],
): SumoStanding[] {
  const reached = competitors.map(() => 0);
  let final: MatchRecord | undefined;
  for (const m of matches) {
    const round = m.round ?? 1;
    for (const p of m.players) reached[p] = Math.max(reached[p] as number, round);
    if (!final || round > (final.round ?? 1)) final = m;
  }
  if (final) {
    const champion = final.players[knockoutWinner(final)] as number;
    reached[champion] = (reached[champion] as number) + 1;
  }
  const rows = tallies(competitors, matches).map((t, i) => ({ ...t, reached: reached[i] ?? 0 }));
  return inRankOrder(ranked(rows, (a, b) => b.reached - a.reached));
}

/** Plays matches one after another in this thread: for tests, and where no thread can be ended. */
export function playInThisThread(options: PlayOptions): PlayMatches {
  return async (jobs, onDone) => {
    for (const [i, job] of jobs.entries()) await onDone(i, playMatch(job, options));
  };
}
