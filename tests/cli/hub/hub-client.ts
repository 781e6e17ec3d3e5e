import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Hub, type HubOptions, openHub } from '../../../cli/hub/hub.ts';
import { hubRoutes } from '../../../cli/hub/hub-routes.ts';
import { saveClass } from '../../../cli/hub/store.ts';
import { type StaticServer, serveStatic } from '../../../cli/runtime/static-server.ts';
import { type Backend, freshDb, type TestDb } from './hub-db.ts';

/** `hub` served on loopback beside a one-page site (as `mekong start` serves the app). */
export async function serveHub(hub: Hub): Promise<StaticServer> {
  const site = mkdtempSync(join(tmpdir(), 'mekong-hub-site-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Mekong</title>');
  const server = await serveStatic(site, { port: 0, host: '127.0.0.1', extend: hubRoutes(hub) });
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** A hub on a fresh database of `backend`, with `classes`, served on loopback. */
export interface ServedHub {
  t: TestDb;
  hub: Hub;
  server: StaticServer;
  /** Stops the server and the hub, and drops the database. */
  close(): Promise<void>;
}

export async function openServedHub(
  backend: Backend,
  options: Omit<HubOptions, 'db'>,
  classes: Readonly<Record<string, string[]>>,
): Promise<ServedHub> {
  const t = await freshDb(backend);
  const hub = await openHub({ db: t.db, ...options });
  for (const [name, students] of Object.entries(classes)) await saveClass(t.db, name, students);
  const server = await serveHub(hub);
  return {
    t,
    hub,
    server,
    async close() {
      await server.close();
      await hub.close();
      await t.drop();
    },
  };
}

// A browser-like client of the hub for tests: fetch with one cookie jar per "browser".
export class HubClient {
  readonly cookies = new Map<string, string>();
  /** Set-Cookie headers as the server sent them, newest last. */
  readonly setCookies: string[] = [];

  constructor(readonly base: string) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    // biome-ignore lint/suspicious/noExplicitAny: the tests check the JSON's shape with expect
  ): Promise<{ status: number; json: any; text: string; headers: Headers }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(new URL(path, this.base), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const set of res.headers.getSetCookie()) {
      this.setCookies.push(set);
      const [pair = ''] = set.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }

  /** Waits until hand-in `id` is graded (the hub grades in its own time), and returns it. */
  // biome-ignore lint/suspicious/noExplicitAny: the tests check the JSON's shape with expect
  async graded(id: string): Promise<any> {
    for (;;) {
      const res = await this.call('GET', `/api/handins/${id}`);
      if (res.status !== 200) throw new Error(`hand-in ${id}: ${res.status} ${res.text}`);
      if (res.json.status === 'graded') return res.json;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
