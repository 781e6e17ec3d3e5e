// The browser app's numbers for `npm run bench`: first-load size, time to first frame
// (online and offline) and frame time split into world step and render, for 1 and 30
// robots, in Debian's Chromium with software WebGL (SwiftShader).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { APP_DIR } from '../../cli/runtime/web-app.ts';
import { launchApp, serveBuiltApp } from '../simulator/app/browser.ts';

/** Wanders and avoids, like the simulator bench's 30 racers. */
const WANDERER = `
for (;;) {
  const d = await robot.distance();
  if (d < 25) { robot.drive(-40, 40); await robot.wait(300); }
  else robot.drive(50, 50);
}
`;

const MEASURE_MS = 5000;

function gzSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
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
  const app = await launchApp(server);
  const { page, context } = app;
  try {
    const loaded: string[] = [];
    page.on('requestfinished', (request) => {
      loaded.push(new URL(request.url()).pathname);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__mekong !== undefined);
    const onlineMs = await firstFrameMs(page);
    const files = [...new Set(loaded)].filter((p) => /\.(js|css|wasm|woff2)$/.test(p));
    const size = (pattern: RegExp, exclude?: RegExp) =>
      files
        .filter((p) => pattern.test(p) && !exclude?.test(p))
        .reduce((sum, p) => sum + gzSize(join(APP_DIR, p.replace(/^\//, ''))), 0);
    // The worker's own scripts: the world, the program runner and QuickJS's loader.
    const workerJs = /\/(sim-worker|emscripten-module|ffi|module)-[^/]*\.js$/;
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
      'first load: page JS+CSS incl. lesson chunk, gzip (KB, goal ≤ 450)': kb(
        size(/\.(js|css)$/, workerJs),
      ),
      'first load: worker JS (world, program runner), gzip (KB)': kb(size(workerJs)),
      'first load: QuickJS WASM, gzip (KB)': kb(size(/\.wasm$/)),
      'first load: fonts (KB, woff2)': kb(size(/\.woff2$/)),
      'time to first frame, first visit online (ms)': Math.round(onlineMs),
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
