import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type Hub, type HubOptions, openHub } from '../../../cli/hub/hub.ts';
import { hubRoutes } from '../../../cli/hub/hub-routes.ts';
import { saveClass } from '../../../cli/hub/store.ts';
import { type StaticServer, serveStatic } from '../../../cli/runtime/static-server.ts';
import { APP_DIR, ensureAppBuilt } from '../../../cli/runtime/web-app.ts';
import { freshDb } from '../../cli/hub/hub-db.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

/** A classroom hub serving the built app on loopback, and Chromium to open it in. */
export interface HubRoom {
  hub: Hub;
  server: StaticServer;
  browser: Browser;
  /** A page in a browser context of its own (a student's or the teacher's computer). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the app if stale, opens a hub (embedded database) with `classes`, starts Chromium. */
export async function openHubRoom(
  options: Omit<HubOptions, 'db'>,
  classes: Readonly<Record<string, string[]>>,
): Promise<HubRoom> {
  await ensureAppBuilt();
  const t = await freshDb('embedded');
  const hub = await openHub({ db: t.db, ...options });
  for (const [name, students] of Object.entries(classes)) await saveClass(t.db, name, students);
  const server = await serveStatic(APP_DIR, {
    port: 0,
    host: '127.0.0.1',
    extend: hubRoutes(hub),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  return {
    hub,
    server,
    browser,
    async newPage() {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
      await hub.close();
      await t.drop();
    },
  };
}
