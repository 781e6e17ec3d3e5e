// Competition rounds on the hub: "Run round" sends a job to the hub's queue (pg-boss, in
// the transaction that adds the round); the hub takes it and plays the tournament of each
// student's newest program with the match pool of `mekong compete` (worker threads, the
// hard stop watching every program), so the hub keeps answering while it plays. Each match's
// replay is kept as it ends; the standings when the round ends.
import type PgBoss from 'pg-boss';
import { kitFor } from '../../lessons/competitions/entrants.ts';
import type { Format } from '../../lessons/competitions/format-files.ts';
import { builtinFormat } from '../../lessons/competitions/formats.ts';
import type { Competitor } from '../../lessons/competitions/match.ts';
import { buildReplay } from '../../lessons/competitions/replay.ts';
import {
  modeOf,
  type PlayedMatch,
  type PlayMatches,
  roundRobinPairs,
  runCompetition,
} from '../../lessons/competitions/tournament.ts';
import { errorData, isMekongError } from '../../robot/errors.ts';
import { getKit, type Kit } from '../../robot/kits/index.ts';
import {
  type EntryRow,
  finishRound,
  getCompetition,
  getRound,
  latestEntries,
  saveReplay,
  startRound,
} from './competition-store.ts';
import type { HubDb, Queryable } from './database.ts';
import { executorOf, retryLost } from './queue.ts';

/** The queue's name in pg-boss. */
export const ROUND_QUEUE = 'mekong-compete-round';

interface RoundJob {
  round: number;
}

export interface RoundQueue {
  /** Sends the job of round `id` inside the transaction `tx`. */
  enqueue(tx: Queryable, id: number): Promise<void>;
}

/** Fewest programs a round of `format` plays: two meet in sumo, one races alone. */
export function fewestEntrants(format: Format): number {
  return format.rules.kind === 'sumo' ? 2 : 1;
}

/**
 * A student's program as a competitor named by the student: a block program becomes its
 * TypeScript; one that cannot (malformed, an unknown block) or names a kit the format does
 * not allow is unreadable, and loses its matches with the reason, as in `mekong compete`.
 */
export async function competitorOf(format: Format, entry: EntryRow): Promise<Competitor> {
  const blocks = entry.kind === 'blocks';
  const fileName = `${entry.student}${blocks ? '.blocks.json' : '.ts'}`;
  try {
    let source = entry.source;
    if (blocks) {
      // Blockly (and jsdom under it) loads only when a block program comes.
      const { blocksToTypeScript } = await import('../../robot/blocks/blocks-program.ts');
      source = blocksToTypeScript(entry.source, fileName, 'en').code;
    }
    const kit = kitFor(format, { file: fileName, source }, undefined);
    return { program: entry.student, source, language: 'ts', fileName, kit };
  } catch (error) {
    if (!isMekongError(error)) throw error;
    const kit = format.kit ?? (format.kits[0] as string);
    const unreadable = errorData(error);
    return { program: entry.student, source: '', language: 'ts', fileName, kit, unreadable };
  }
}

/** Plays round `id` (queued, or running when the hub that ran it died) and keeps what it gives. */
export async function playRound(db: HubDb, id: number, play: PlayMatches): Promise<void> {
  const round = await getRound(db, id);
  if (!round || round.status === 'done' || round.status === 'failed') return;
  const competition = await getCompetition(db, String(round.competitionId));
  const format = builtinFormat(competition.format);
  const entries = await latestEntries(db, competition.id);
  if (!format || entries.length < (format ? fewestEntrants(format) : 1)) {
    await finishRound(db, id, null);
    return;
  }
  const competitors = await Promise.all(entries.map((e) => competitorOf(format, e)));
  const kits: Record<string, Kit> = {};
  for (const c of competitors) kits[c.kit] ??= getKit(c.kit);
  const mode = modeOf(format, false);
  const total =
    mode === 'time-trial' ? competitors.length : roundRobinPairs(competitors.length).length;
  await startRound(db, id, mode, total);
  const entrants = competitors.map((c) => ({ program: c.program, kit: c.kit }));
  const onMatch = async ({ job, outcome, record, number }: PlayedMatch) => {
    const replay = buildReplay(
      job,
      outcome,
      { mode, entrants, players: record.players, match: number },
      // Students' programs stay theirs: the replay keeps their hashes only.
      { sources: false, traces: true },
    );
    const traces = replay.rounds.map((r) => r.trace ?? null);
    const rounds = replay.rounds.map(({ trace: _trace, ...rest }) => rest);
    await saveReplay(db, id, number, { ...replay, rounds }, traces);
  };
  try {
    const played = await runCompetition({
      format,
      competitors,
      kits,
      seeds: Array.from({ length: format.seeds }, (_, i) => i + 1),
      play,
      onMatch,
    });
    await finishRound(db, id, played.standings);
  } catch (error) {
    // The round shows as failed (the teacher may run it again); pg-boss records the error.
    await finishRound(db, id, null);
    throw error;
  }
}

/**
 * The rounds' queue in `boss`; with `play`, this hub takes the rounds' jobs, one round at a
 * time (its matches spread over the pool's threads).
 */
export async function openRoundQueue(
  db: HubDb,
  boss: PgBoss,
  play: PlayMatches | undefined,
): Promise<RoundQueue> {
  await boss.createQueue(ROUND_QUEUE);
  if (play) {
    await retryLost(db, boss, ROUND_QUEUE);
    await boss.work<RoundJob>(
      ROUND_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        if (job) await playRound(db, job.data.round, play);
      },
    );
  }
  return {
    async enqueue(tx, id) {
      await boss.send(ROUND_QUEUE, { round: id } satisfies RoundJob, {
        retryLimit: 1,
        expireInSeconds: 60 * 60,
        db: executorOf(tx),
      });
    },
  };
}
