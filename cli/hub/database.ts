// The classroom hub's database: an embedded PostgreSQL (PGlite, PostgreSQL 18 in
// WebAssembly, in a data folder) by default, or a PostgreSQL server when DATABASE_URL is
// set. Both speak the same SQL; the rest of the hub sees only `HubDb`.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something that runs one SQL statement with $1… parameters. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** What pg-boss needs to run over a connection it does not own. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface HubDb extends Queryable {
  /** 'embedded': PGlite in `where` (a folder); 'server': a PostgreSQL server (`where` is its URL without password). */
  kind: 'embedded' | 'server';
  where: string;
  /** Runs `work` in one transaction: all of it is committed, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  script(sql: string): Promise<void>;
  /** pg-boss's connection: the embedded database itself, or the server's URL. */
  queue: { db: SqlExecutor } | { connectionString: string };
  close(): Promise<void>;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export interface EmbeddedOptions {
  /** The data folder (made when missing). */
  dataDir: string;
  /** A gzipped data folder to start from (PGlite dumpDataDir): tests share one template. */
  template?: Blob | File;
}

/** Opens (or creates) the embedded database in `dataDir`. */
export async function openEmbedded(options: EmbeddedOptions): Promise<HubDb> {
  const db = await PGlite.create({
    dataDir: options.dataDir,
    ...(options.template ? { loadDataDir: options.template } : {}),
  });
  const query = async <T>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<T>(sql, params as unknown[])).rows;
  return {
    kind: 'embedded',
    where: options.dataDir,
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (sql, params = []) => (await tx.query(sql, [...params])).rows as never,
        }),
      ),
    script: async (sql) => {
      await db.exec(sql);
    },
    queue: {
      db: {
        // pg-boss sends scripts of several statements without values, and single statements with.
        async executeSql(text, values) {
          if (values && values.length > 0) return db.query(text, values);
          const results = await db.exec(text);
          return results[results.length - 1] ?? { rows: [] };
        },
      },
    },
    close: () => db.close(),
  };
}

/** A copy of an embedded database as one gzipped file (for test templates). */
export async function dumpEmbedded(dataDir: string): Promise<Blob> {
  const db = await PGlite.create({ dataDir });
  try {
    return await db.dumpDataDir('gzip');
  } finally {
    await db.close();
  }
}

/** Connects to the PostgreSQL server at `url` (postgres://user:pass@host:port/db). */
export async function openServer(url: string): Promise<HubDb> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle client that loses its server must not end the hub: the next query reports it.
  pool.on('error', () => {});
  // Fails now, with the server's reason, rather than on the first hand-in.
  await pool.query('SELECT 1');
  const query = async <T>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query(sql, params as unknown[])).rows as T[];
  return {
    kind: 'server',
    where: redactUrl(url),
    query,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params = []) => (await client.query(sql, [...params])).rows as never,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    script: async (sql) => {
      await pool.query(sql);
    },
    queue: { connectionString: url },
    close: () => pool.end(),
  };
}
