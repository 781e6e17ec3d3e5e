// The browser app's numbers for `npm run bench`: what a first visit downloads before the
// first frame and after it, the time to the first frame (online and offline), and frame
// time split into world step and render, for 1 and 30 robots, in Debian's Chromium with
// software WebGL (SwiftShader).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { APP_DIR } from '../../cli/runtime/web-app.ts';
import { launchApp, serveBuiltApp } from '../simulator/app/browser.ts';
import {
  FIRST_FRAME_BUDGET_KB,
  firstFrameWallMs,
  gzipBytes,
  type Served,
  watchServer,
} from '../simulator/app/served.ts';

/** Wanders and avoids, like the simulator bench's 30 racers. */
const WANDERER = `
for (;;) {
  const d = await robot.distance();
  if (d < 25) { robot.drive(-40, 40); await robot.wait(300); }
  else robot.drive(50, 50);
}
`;

const MEASURE_MS = 5000;

/** A school's link, for the computed download times: 2 Mbit/s. */
const SCHOOL_BITS_PER_S = 2_000_000;

/** The built app's files as a first visit would get them (gzip copies where made). */
function wholeApp(): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!/\.(gz|br)$/.test(entry.name)) {
        raw += statSync(file).size;
        gzip += gzipBytes(APP_DIR, file.slice(APP_DIR.length));
      }
    }
  };
  walk(APP_DIR);
  return { raw, gzip };
}

/** Sizes of the answers in `served`: as sent (brotli for Chromium) and as gzip. */
function sizes(served: Served[], pattern?: RegExp) {
  const picked = served.filter((s) => !pattern || pattern.test(s.path));
  // The page also asks the classroom hub's API (/api/…), which no file of the app answers.
  const paths = [...new Set(picked.map((s) => s.path))].filter((p) => !p.startsWith('/api/'));
  return {
    sent: picked.reduce((sum, s) => sum + s.bytes, 0),
    gzip: paths.reduce((sum, p) => sum + gzipBytes(APP_DIR, p), 0),
    files: paths.length,
  };
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Wall ms from navigation start to the first drawn frame with the world in it. */
function firstFrameMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await window.__mekong.ready;
    return performance.now();
  });
}

async function frameSplit(page: Page, robots: number) {
  await page.evaluate(
    (n) => window.__mekong.load({ robots: n, world: 'playground', maxTimeMs: 600_000 }),
    robots,
  );
  await page.evaluate((source) => {
    window.__mekong.setSyncRender(true);
    window.__mekong.run(source);
  }, WANDERER);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.__mekong.resetStats());
  await page.waitForTimeout(MEASURE_MS);
  const stats = await page.evaluate(() => window.__mekong.stats());
  await page.evaluate(() => window.__mekong.setSyncRender(false));
  return stats;
}

/** The longest gap between animation frames while a program prints without end, ms. */
async function printingFrameGap(page: Page): Promise<number> {
  await page.evaluate(() => window.__mekong.load({ robots: 1, world: 'playground' }));
  return page.evaluate(async () => {
    const gaps: number[] = [];
    let last: number | undefined;
    let measuring = true;
    const frame = (now: number) => {
      if (last !== undefined) gaps.push(now - last);
      last = now;
      if (measuring) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    window.__mekong.run('let i = 0;\nwhile (true) { console.log("hi " + i++) }\n');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    measuring = false;
    return Math.max(...gaps);
  });
}

export async function benchApp(): Promise<Record<string, number | string>> {
  const server = await serveBuiltApp();
  const watch = watchServer(server);
  const app = await launchApp(server);
  const { page, context } = app;
  try {
    const navigated = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__mekong !== undefined);
    const firstFrame = await firstFrameWallMs(page);
    await page.evaluate(() => window.__mekong.loaded);
    const loadedMs = Date.now() - navigated;
    // Everything the page fetched, before the service worker fetches the rest.
    const pageServed = [...watch.served];
    const before = pageServed.filter((s) => s.at <= firstFrame);
    const after = pageServed.filter((s) => s.at > firstFrame);
    const first = sizes(before);
    const whole = wholeApp();
    const worker = /\/sim-worker-[^/]*\.js$/;
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('view') as HTMLCanvasElement;
      return `${c.width}x${c.height}`;
    });

    const one = await frameSplit(page, 1);
    const thirty = await frameSplit(page, 30);
    const printingGapMs = await printingFrameGap(page);

    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    const offlineMs = await firstFrameMs(page);

    return {
      [`first frame: downloaded before it, gzip (KB, goal ≤ ${FIRST_FRAME_BUDGET_KB})`]: kb(
        first.gzip,
      ),
      'first frame: downloaded before it, as sent (brotli) (KB)': kb(first.sent),
      'first frame: files fetched before it': first.files,
      'first frame: page JS+CSS before it, gzip (KB)': kb(
        sizes(
          before.filter((s) => !worker.test(s.path)),
          /\.(js|css)$/,
        ).gzip,
      ),
      'first frame: worker JS before it (world, kits), gzip (KB)': kb(sizes(before, worker).gzip),
      'first frame: fonts before it (KB, woff2)': kb(sizes(before, /\.woff2$/).gzip),
      'first frame at 2 Mbit/s, download alone (s, computed)': round(
        (first.sent * 8) / SCHOOL_BITS_PER_S,
      ),
      'after the first frame: editor, lessons, sandbox, as sent (KB)': kb(sizes(after).sent),
      'after the first frame: QuickJS WASM, gzip (KB)': kb(sizes(after, /\.wasm$/).gzip),
      'whole app (every file, for offline), gzip / uncompressed (KB)': `${kb(whole.gzip)} / ${kb(whole.raw)}`,
      'time to first frame, first visit online (ms)': Math.round(firstFrame - navigated),
      'time to editor, lessons and sandbox loaded, first visit (ms)': loadedMs,
      'time to first frame, offline reload (ms)': Math.round(offlineMs),
      'canvas (device px)': canvas,
      '1 robot: world step per frame (ms)': round(one.stepMs),
      '1 robot: render per frame incl. GPU (ms)': round(one.renderMs),
      '1 robot: frame interval (ms) / fps': `${round(one.frameMs)} / ${round(one.fps)}`,
      '30 robots: world step per frame (ms)': round(thirty.stepMs),
      '30 robots: render per frame incl. GPU (ms)': round(thirty.renderMs),
      '30 robots: frame interval (ms) / fps': `${round(thirty.frameMs)} / ${round(thirty.fps)}`,
      'longest frame gap while a program prints without end (ms, goal < 200)':
        Math.round(printingGapMs),
    };
  } finally {
    await app.close();
  }
}
