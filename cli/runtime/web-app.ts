// The built web app that `mekong start` serves: where it is, and building it (with Vite)
// when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MekongError, phrase } from '../../robot/index.ts';
import '../texts/cli-phrases.ts';

/** The repository root (this file is cli/runtime/web-app.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` puts the web app. */
export const APP_DIR = join(REPO_ROOT, 'dist', 'app');

/**
 * Folders and files whose changes make the built app stale (the build writes the policy of
 * security.ts into the page, and compression.ts makes its compressed copies).
 */
const SOURCES = [
  'simulator',
  'robot',
  'lessons',
  'vite.config.ts',
  'package.json',
  'cli/runtime/security.ts',
  'cli/runtime/compression.ts',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether `outDir` lacks a build or is older than any source of the app. */
export function appIsStale(outDir = APP_DIR, root = REPO_ROOT): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/**
 * Builds the app with Vite's JS API when it is missing or stale; returns whether it built.
 * Without Vite (an install without dev dependencies) an existing build is served as it is.
 */
export async function ensureAppBuilt(
  options: { outDir?: string; root?: string; onBuild?: () => void } = {},
): Promise<boolean> {
  const outDir = options.outDir ?? APP_DIR;
  const root = options.root ?? REPO_ROOT;
  if (!appIsStale(outDir, root)) return false;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    if (existsSync(join(outDir, 'index.html'))) return false;
    throw new MekongError('FILE_UNREADABLE', {
      file: join(outDir, 'index.html'),
      detail: phrase('appNotBuilt'),
      format: phrase('appBuildFormat'),
    });
  }
  options.onBuild?.();
  // Vite takes "production" from NODE_ENV when it is set; under a test runner it says
  // "test", which would build without the service worker's registration.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
