// What the hub keeps of competitions, as SQL over `Queryable`: the competitions opened for
// a class, the programs students hand in to them, and each round's standings and replays.
import { MekongError } from '../../robot/errors.ts';
import type { Queryable } from './database.ts';
import type { ProgramKind } from './store.ts';
import './competition-errors.ts';

export interface CompetitionRow {
  id: number;
  classId: number;
  className: string;
  format: string;
  /** Students with a program handed in. */
  entrants: number;
  createdAt: Date;
}

export type RoundStatus = 'queued' | 'running' | 'done' | 'failed';

export interface RoundRow {
  id: number;
  competitionId: number;
  number: number;
  status: RoundStatus;
  mode: string | null;
  played: number;
  total: number | null;
  /** Standing[] with errors as data (tournament.ts), once the round is done. */
  standings: unknown;
  finishedAt: Date | null;
}

export interface EntryRow {
  student: string;
  kind: ProgramKind;
  source: string;
}

/** Opens a competition in `format` for class `classId`; returns its id. */
export async function openCompetition(
  db: Queryable,
  classId: number,
  format: string,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO competitions (class_id, format) VALUES ($1, $2) RETURNING id',
    [classId, format],
  );
  return (row as { id: number }).id;
}

const COMPETITION_COLUMNS = `c.id, c.class_id AS "classId", k.name AS "className", c.format,
  c.created_at AS "createdAt",
  (SELECT count(DISTINCT e.student_id) FROM competition_entries e
    WHERE e.competition_id = c.id)::integer AS entrants`;

/** The competitions of class `classId`, newest first. */
export async function classCompetitions(db: Queryable, classId: number): Promise<CompetitionRow[]> {
  return db.query<CompetitionRow>(
    `SELECT ${COMPETITION_COLUMNS} FROM competitions c JOIN classes k ON k.id = c.class_id
      WHERE c.class_id = $1 ORDER BY c.id DESC`,
    [classId],
  );
}

/** Competition `id` (a number in the URL), or HUB_UNKNOWN_COMPETITION. */
export async function getCompetition(
  db: Queryable,
  id: string,
  className = '',
): Promise<CompetitionRow> {
  const found = /^\d{1,9}$/.test(id)
    ? await db.query<CompetitionRow>(
        `SELECT ${COMPETITION_COLUMNS} FROM competitions c JOIN classes k ON k.id = c.class_id
          WHERE c.id = $1`,
        [Number(id)],
      )
    : [];
  const row = found[0];
  if (!row || (className !== '' && row.className !== className))
    throw new MekongError('HUB_UNKNOWN_COMPETITION', { id: id.slice(0, 12), class: className });
  return row;
}

/** Keeps a program `student` handed in to competition `competition`; returns its id. */
export async function insertEntry(
  db: Queryable,
  competition: number,
  student: number,
  kind: ProgramKind,
  source: string,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO competition_entries (competition_id, student_id, kind, source)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [competition, student, kind, source],
  );
  return (row as { id: string }).id;
}

/** Each student's newest program in competition `competition`, by student name. */
export async function latestEntries(db: Queryable, competition: number): Promise<EntryRow[]> {
  const rows = await db.query<EntryRow>(
    `SELECT DISTINCT ON (e.student_id) s.name AS student, e.kind, e.source
       FROM competition_entries e JOIN students s ON s.id = e.student_id
      WHERE e.competition_id = $1
      ORDER BY e.student_id, e.created_at DESC`,
    [competition],
  );
  return rows.sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
}

const ROUND_COLUMNS = `id, competition_id AS "competitionId", number, status, mode, played, total,
  standings, finished_at AS "finishedAt"`;

/** The rounds of competition `competition`, newest first. */
export async function roundsOf(db: Queryable, competition: number): Promise<RoundRow[]> {
  return db.query<RoundRow>(
    `SELECT ${ROUND_COLUMNS} FROM competition_rounds WHERE competition_id = $1
      ORDER BY number DESC`,
    [competition],
  );
}

/** Round `id`, if it exists. */
export async function getRound(db: Queryable, id: number): Promise<RoundRow | undefined> {
  const [row] = await db.query<RoundRow>(
    `SELECT ${ROUND_COLUMNS} FROM competition_rounds WHERE id = $1`,
    [id],
  );
  return row;
}

/**
 * Adds the next round of competition `competition` (queued), or HUB_ROUND_RUNNING when one
 * is still queued or running. Run it in a transaction: the competition's row is locked so
 * two presses of "Run round" make one round.
 */
export async function addRound(
  tx: Queryable,
  competition: number,
): Promise<{ id: number; number: number }> {
  await tx.query('SELECT id FROM competitions WHERE id = $1 FOR UPDATE', [competition]);
  const [last] = await roundsOf(tx, competition);
  if (last && (last.status === 'queued' || last.status === 'running'))
    throw new MekongError('HUB_ROUND_RUNNING', { number: last.number });
  const number = (last?.number ?? 0) + 1;
  const [row] = await tx.query<{ id: number }>(
    'INSERT INTO competition_rounds (competition_id, number) VALUES ($1, $2) RETURNING id',
    [competition, number],
  );
  return { id: (row as { id: number }).id, number };
}

/** Round `id` starts (again, after a crash: the replays of a start before are dropped). */
export async function startRound(
  db: Queryable,
  id: number,
  mode: string,
  total: number,
): Promise<void> {
  await db.query('DELETE FROM competition_replays WHERE round_id = $1', [id]);
  await db.query(
    `UPDATE competition_rounds SET status = 'running', mode = $2, total = $3, played = 0
      WHERE id = $1`,
    [id, mode, total],
  );
}

/** Keeps the replay of match `match` of round `id` (its traces apart) and counts it played. */
export async function saveReplay(
  db: Queryable,
  id: number,
  match: number,
  replay: unknown,
  traces: unknown,
): Promise<void> {
  await db.query(
    'INSERT INTO competition_replays (round_id, match, replay, traces) VALUES ($1, $2, $3, $4)',
    [id, match, JSON.stringify(replay), JSON.stringify(traces)],
  );
  await db.query('UPDATE competition_rounds SET played = played + 1 WHERE id = $1', [id]);
}

/** Round `id` ended: done with its standings, or failed (standings null). */
export async function finishRound(
  db: Queryable,
  id: number,
  standings: unknown | null,
): Promise<void> {
  await db.query(
    `UPDATE competition_rounds SET status = $2, standings = $3, finished_at = now()
      WHERE id = $1`,
    [
      id,
      standings === null ? 'failed' : 'done',
      standings === null ? null : JSON.stringify(standings),
    ],
  );
}

/**
 * The replays of round `id` by match number; the traces only of match `withTraces` (the one
 * a projector plays: every match's traces together can be hundreds of MB).
 */
export async function roundReplays(
  db: Queryable,
  id: number,
  withTraces: number,
): Promise<{ match: number; replay: unknown; traces: unknown }[]> {
  return db.query(
    `SELECT match, replay, CASE WHEN match = $2 THEN traces END AS traces
       FROM competition_replays WHERE round_id = $1 ORDER BY match`,
    [id, withTraces],
  );
}
