// Databases for the hub's tests. Embedded: every test database starts from one template
// (migrated, with pg-boss's schema), made once per machine and kept in the temp folder:
// making a PGlite data folder from nothing costs 4–5 s and ~850 MB, loading the template
// ~1 s. Server: when DATABASE_URL is set (CI), each test file gets a database of its own
// on that server, made and dropped here.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { dumpEmbedded, type HubDb, openEmbedded, openServer } from '../../../cli/hub/database.ts';
import { MIGRATIONS, migrate } from '../../../cli/hub/migrations.ts';
import { openQueue } from '../../../cli/hub/queue.ts';

export type Backend = 'embedded' | 'server';

const SERVER_URL = process.env.DATABASE_URL;

/** The backends the hub's suites run on here: the embedded one always, a server when given. */
export const BACKENDS: Backend[] = SERVER_URL ? ['embedded', 'server'] : ['embedded'];

/** Under CI a PostgreSQL server is required (.ci/run starts one); locally it is optional. */
export const SERVER_REQUIRED = process.env.CI === 'true';
export const SERVER_URL_GIVEN = SERVER_URL !== undefined;

const TEMPLATE = join(
  tmpdir(),
  `mekong-hub-template-v${Math.max(...MIGRATIONS.map((m) => m.version))}.tar.gz`,
);

/** The template's bytes, made first if this machine has none yet. */
export async function template(): Promise<Blob> {
  if (!existsSync(TEMPLATE)) {
    const dir = mkdtempSync(join(tmpdir(), 'mekong-hub-template-'));
    const db = await openEmbedded({ dataDir: join(dir, 'data') });
    await migrate(db);
    await (await openQueue(db)).stop();
    await db.close();
    const dump = await dumpEmbedded(join(dir, 'data'));
    // Another test file may be making it too: whole files only, by rename.
    const part = `${TEMPLATE}.${randomBytes(4).toString('hex')}`;
    writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
    renameSync(part, TEMPLATE);
    rmSync(dir, { recursive: true, force: true });
  }
  return new Blob([readFileSync(TEMPLATE)]);
}

/** A test database and how to get rid of it. */
export interface TestDb {
  db: HubDb;
  /** The embedded database's folder (`memory://` when `inMemory`). */
  dataDir?: string;
  /** The server database's URL. */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh database on `backend`: embedded in memory, or in a folder (`folder: true`). */
export async function freshDb(backend: Backend, folder = false): Promise<TestDb> {
  if (backend === 'embedded') {
    const dir = folder ? mkdtempSync(join(tmpdir(), 'mekong-hub-')) : undefined;
    const dataDir = dir ? join(dir, 'data') : 'memory://';
    const db = await openEmbedded({ dataDir, template: await template() });
    return {
      db,
      dataDir,
      drop: async () => {
        await db.close().catch(() => {});
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  const name = `mekong_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL as string);
  url.pathname = `/${name}`;
  const db = await openServer(url.toString());
  // Migrated, as the embedded template is.
  await migrate(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close().catch(() => {});
      const again = new pg.Client({ connectionString: SERVER_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
