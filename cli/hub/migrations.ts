// The hub's schema, as numbered migrations run in order on start. A migration once released
// is never edited: a change is a new entry. Each runs in the transaction that records it,
// so a start that is killed half-way leaves the schema as it was.
import type { HubDb } from './database.ts';

export interface Migration {
  version: number;
  /** What it changes, in a few words (kept in the table). */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'classes, students, hand-ins, teacher',
    sql: `
      CREATE TABLE classes (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
        -- Whether a student may type a name that is not on the roster yet.
        open_roster boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE students (
        id serial PRIMARY KEY,
        class_id integer NOT NULL REFERENCES classes ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (class_id, name)
      );
      -- Every hand-in is kept (the history); the newest per student and lesson is the one shown.
      CREATE TABLE handins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id integer NOT NULL REFERENCES students ON DELETE CASCADE,
        lesson text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ts', 'blocks')),
        source text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'graded')),
        passed boolean,
        score real,
        grade jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        graded_at timestamptz
      );
      CREATE INDEX handins_by_student ON handins (student_id, lesson, created_at);
      -- Blocks or code per lesson, as the teacher chose for a class.
      CREATE TABLE lesson_modes (
        class_id integer NOT NULL REFERENCES classes ON DELETE CASCADE,
        lesson text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('blocks', 'code')),
        PRIMARY KEY (class_id, lesson)
      );
      -- One teacher PIN per hub (scrypt hash); sessions are random tokens kept hashed.
      CREATE TABLE teacher (
        id integer PRIMARY KEY CHECK (id = 1),
        pin_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        -- NULL: the teacher's session; else the student it signs in.
        student_id integer REFERENCES students ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'competitions: entries, rounds, replays',
    sql: `
      -- A competition the teacher opened for a class, in a format (line-race, sumo, maze).
      CREATE TABLE competitions (
        id serial PRIMARY KEY,
        class_id integer NOT NULL REFERENCES classes ON DELETE CASCADE,
        format text NOT NULL CHECK (length(format) BETWEEN 1 AND 80),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Every program handed in to it is kept; a round takes each student's newest.
      CREATE TABLE competition_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        competition_id integer NOT NULL REFERENCES competitions ON DELETE CASCADE,
        student_id integer NOT NULL REFERENCES students ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ts', 'blocks')),
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX competition_entries_by_student
        ON competition_entries (competition_id, student_id, created_at);
      -- A round: the whole tournament of the entries at the time the teacher pressed "Run round".
      CREATE TABLE competition_rounds (
        id serial PRIMARY KEY,
        competition_id integer NOT NULL REFERENCES competitions ON DELETE CASCADE,
        number integer NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'done', 'failed')),
        mode text,
        -- Matches played so far, of total.
        played integer NOT NULL DEFAULT 0,
        total integer,
        -- Standing[] (tournament.ts) with the programs' errors as data, worded when read.
        standings jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (competition_id, number)
      );
      -- Each match's replay (replay.ts) without sources; its traces apart, read only to watch it.
      CREATE TABLE competition_replays (
        round_id integer NOT NULL REFERENCES competition_rounds ON DELETE CASCADE,
        match integer NOT NULL,
        replay jsonb NOT NULL,
        traces jsonb NOT NULL,
        PRIMARY KEY (round_id, match)
      );
    `,
  },
];

/** Serialises migrations between hubs that share one server (any fixed 64-bit number). */
const MIGRATION_LOCK = 7_402_661_230;

/**
 * Brings the schema up to date: runs each migration newer than the database's, each in its
 * own transaction with its row in `schema_migrations`. Returns the versions it ran.
 */
export async function migrate(
  db: HubDb,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await db.script(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (found.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) ran.push(migration.version);
  }
  return ran;
}

/** The schema version of `db` (0 before the first migration). */
export async function schemaVersion(db: HubDb): Promise<number> {
  const rows = await db.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return rows[0]?.v ?? 0;
}

/**
 * The statements of a migration (separated by `;` at a line end; our migrations hold no
 * `;` inside a statement), each without its `--` comment lines.
 */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
