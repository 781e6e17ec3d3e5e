// What a first visit to the web app downloads with no robot connected, for `npm run bench`:
// before the first frame of the arena, and once the page has settled (the editor, the
// lesson list and the sandbox loaded: App#loaded). Each file counts as `gzip -9` of it as
// built, whatever encoding Chromium got, so two builds compare byte for byte. It builds
// nothing: it serves a built app folder (dist/app, or `--app-dir <folder>`, e.g. an older
// commit's build) to Debian's Chromium and watches what the page asks for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../cli/runtime/static-server.ts';
import { APP_DIR } from '../../cli/runtime/web-app.ts';
import { launchApp } from '../simulator/app/browser.ts';
import { builtFile, firstFrameWallMs, watchServer } from '../simulator/app/served.ts';

/**
 * The same measure at commit 2973781, the last one before issue 15 (Connect a robot) was
 * merged, built with the node_modules of 2026-12-04 (KB, gzip -9). Issue 15's done-means:
 * what a user downloads before connecting a robot does not grow.
 */
export const BEFORE_ISSUE_15_KB = { firstFrame: 255.0, settled: 801.3 };

export interface Download {
  /** gzip -9 bytes of each file fetched, by path ('/' is index.html). */
  files: Map<string, number>;
  bytes: number;
}

export interface Downloads {
  firstFrame: Download;
  /** Everything fetched until the page settled, the first frame's files included. */
  settled: Download;
}

function gzip9(dir: string, path: string): number {
  return gzipSync(readFileSync(builtFile(dir, path)), { level: 9 }).length;
}

function download(dir: string, paths: readonly string[]): Download {
  // The classroom hub's API (/api/…) is asked too; no file of the app answers it.
  const files = new Map(
    [...new Set(paths)].filter((p) => !p.startsWith('/api/')).map((p) => [p, gzip9(dir, p)]),
  );
  return { files, bytes: [...files.values()].reduce((sum, n) => sum + n, 0) };
}

/** What a fresh Chromium profile fetches from the app in `dir` (no robot, no lesson open). */
export async function measureDownloads(dir = APP_DIR): Promise<Downloads> {
  const server = await serveStatic(dir, { port: 0, host: '127.0.0.1' });
  const watch = watchServer(server);
  // The service worker registers once the page has loaded and then fetches everything for
  // offline use: no download a user waits for. Held back, it never starts.
  const releaseWorker = watch.hold(/^\/sw\.js$/);
  const app = await launchApp(server);
  try {
    const { page } = app;
    await page.goto(server.url);
    await page.waitForFunction(() => window.__mekong !== undefined);
    const firstFrame = await firstFrameWallMs(page);
    // Settled: the rest loaded, and the fonts of the language names in the picker.
    await page.evaluate(async () => {
      await window.__mekong.loaded;
      await document.fonts.ready;
    });
    // One more round trip: a request started before it has been answered by now.
    await page.evaluate(() => fetch('./api/settled').then((r) => r.text()));
    const served = watch.served.filter((s) => s.path !== '/sw.js');
    return {
      firstFrame: download(
        dir,
        served.filter((s) => s.at <= firstFrame).map((s) => s.path),
      ),
      settled: download(
        dir,
        served.map((s) => s.path),
      ),
    };
  } finally {
    releaseWorker();
    await app.close();
  }
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

export async function benchDownload(): Promise<Record<string, number | string>> {
  const at = process.argv.indexOf('--app-dir');
  const dir = at >= 0 ? resolve(process.argv[at + 1] ?? '') : APP_DIR;
  const { firstFrame, settled } = await measureDownloads(dir);
  const ratio = (now: number, before: number) =>
    before > 0 ? Math.round((kb(now) / before) * 1000) / 1000 : 'n/a';
  const numbers: Record<string, number | string> = {
    'first frame: downloaded before it, gzip -9 (KB)': kb(firstFrame.bytes),
    'first frame: files': firstFrame.files.size,
    'first frame: ÷ before issue 15 (goal ≤ 1)': ratio(
      firstFrame.bytes,
      BEFORE_ISSUE_15_KB.firstFrame,
    ),
    'settled, no robot: downloaded, gzip -9 (KB)': kb(settled.bytes),
    'settled, no robot: files': settled.files.size,
    'settled, no robot: ÷ before issue 15 (goal ≤ 1)': ratio(
      settled.bytes,
      BEFORE_ISSUE_15_KB.settled,
    ),
  };
  if (process.argv.includes('--files')) {
    for (const [path, bytes] of settled.files) {
      const when = firstFrame.files.has(path) ? 'first frame' : 'settled';
      numbers[`  ${when}: ${path} (KB)`] = kb(bytes);
    }
  }
  return numbers;
}
