// The hub's database as `mekong start`, `grader` and `classroom` choose it: a PostgreSQL
// server when DATABASE_URL is set, else the embedded one in the data folder.
import { mkdirSync } from 'node:fs';
import { defaultDataDir } from './data-dir.ts';
import { type HubDb, openEmbedded, openServer } from './database.ts';

export async function openHubDatabase(
  dataDir: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<HubDb> {
  const url = env.DATABASE_URL;
  if (url) return openServer(url);
  const dir = dataDir ?? defaultDataDir();
  mkdirSync(dir, { recursive: true });
  return openEmbedded({ dataDir: dir });
}
