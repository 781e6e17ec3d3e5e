import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type StaticServer, serveStatic } from '../../../cli/runtime/static-server.ts';
import { APP_DIR, ensureAppBuilt } from '../../../cli/runtime/web-app.ts';
import type { MekongHook } from '../../../simulator/app/test-hook.ts';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, offline, drawing WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const inCi = process.env.CI === 'true';

/**
 * Whether the browser tests must be skipped, and why. In CI a missing browser is a
 * failure, never a skip: `launchApp` then throws.
 */
export const skipReason: string | undefined =
  existsSync(CHROMIUM) || inCi ? undefined : `${CHROMIUM} not found (install Debian's chromium)`;

if (skipReason) console.warn(`browser tests skipped: ${skipReason}`);

export interface LaunchedApp {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  /** Closes the browser and its profile, leaving the server running. */
  closeBrowser(): Promise<void>;
  /** Closes the browser, its profile and the server. */
  close(): Promise<void>;
}

/** Builds the app if it is missing or stale (once for all files), then serves it. */
export async function serveBuiltApp(): Promise<StaticServer> {
  await ensureAppBuilt();
  return serveStatic(APP_DIR, { port: 0, host: '127.0.0.1' });
}

/** A fresh Chromium profile on the app served by `mekong start`'s server code. */
export async function launchApp(server?: StaticServer): Promise<LaunchedApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: browser tests cannot run (CI=${String(process.env.CI)})`,
    );
  }
  const served = server ?? (await serveBuiltApp());
  const profile = mkdtempSync(join(tmpdir(), 'mekong-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const closeBrowser = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return {
    context,
    page,
    server: served,
    closeBrowser,
    close: async () => {
      await closeBrowser();
      await served.close();
    },
  };
}

/**
 * The app for the tests of the enclosing describe block: before them a fresh browser on it
 * (served by `server()`, or by a server of its own), shown to `prepare` (to watch the page
 * from its first request), then opened with `openApp`; after them, closed with its server.
 * What it returns reads the launched app, so the tests use it as a `LaunchedApp`.
 */
export function appForSuite(
  options: {
    server?: () => Promise<StaticServer>;
    prepare?: (app: LaunchedApp) => void;
    timeoutMs?: number;
  } = {},
): LaunchedApp {
  let launched: LaunchedApp | undefined;
  const current = (): LaunchedApp => {
    if (!launched) throw new Error('the app was not launched (see the beforeAll error)');
    return launched;
  };
  beforeAll(async () => {
    launched = await launchApp(await options.server?.());
    options.prepare?.(launched);
    await openApp(launched.page, launched.server.url);
  }, options.timeoutMs ?? 180_000);
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get server() {
      return current().server;
    },
    closeBrowser: () => current().closeBrowser(),
    close: () => current().close(),
  };
}

/**
 * Opens the app and waits for its first drawn frame and for what loads after it (the
 * editor, the lessons, the sandbox).
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__mekong !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.__mekong.loaded);
}

/** The state the page's worker last reported (robot poses, status, line). */
export function pageState(page: Page): Promise<ReturnType<MekongHook['state']>> {
  return page.evaluate(() => window.__mekong.state());
}

/**
 * Pixel statistics of the 3-D view, read back from its WebGL drawing buffer right after
 * drawing it: how varied the picture is, and a fingerprint to tell two frames apart.
 */
export function canvasPixels(page: Page): Promise<ReturnType<MekongHook['pixels']>> {
  return page.evaluate(() => window.__mekong.pixels());
}

/**
 * Opens the lesson whose list entry reads `name`, as a student would, and waits until it is
 * open (its files are fetched first): the entry is marked current only then, and the editor
 * has switched to the lesson's mode.
 */
export async function openLesson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  // The list folds away once a lesson is chosen: its entries leave the accessibility tree.
  const entry = page.getByRole('button', { name, exact: true, includeHidden: true });
  await expect.poll(() => entry.getAttribute('aria-current'), { timeout: 30_000 }).toBe('true');
}

/** Replaces the editor's program the way a student would: select all, then type (paste). */
export async function typeProgram(page: Page, source: string): Promise<void> {
  // A lesson may open in Blocks: switch to Code first, as a student would.
  if ((await page.locator('#mode-code').getAttribute('aria-pressed')) !== 'true') {
    await page.locator('#mode-code').click();
  }
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(source);
}

/** Waits until the page's state satisfies `predicate` (polled in Node). */
export async function waitForState(
  page: Page,
  predicate: (state: Awaited<ReturnType<typeof pageState>>) => boolean,
  timeoutMs = 20_000,
): Promise<Awaited<ReturnType<typeof pageState>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await pageState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`page state never matched: ${JSON.stringify(state)}`);
    await page.waitForTimeout(50);
  }
}

/** Reads `read()` until `ok` holds (polled in Node); throws with the last value after `timeoutMs`. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`never matched: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * An init script giving the page a fake `navigator.serial` whose one port is an emulated
 * board: `requestPort` runs `portExpression` (JavaScript in the page, with `options` the
 * picker's options) and keeps the port in `window.__fakePort`.
 */
export function fakeSerialScript(portExpression: string): string {
  return `(() => {
  const serial = {
    async requestPort(options) {
      window.__fakePort = await (${portExpression});
      return window.__fakePort;
    },
    async getPorts() { return window.__fakePort ? [window.__fakePort] : []; },
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(Navigator.prototype, 'serial', { configurable: true, get: () => serial });
})();`;
}
