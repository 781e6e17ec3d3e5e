// Module hooks that let Node run this project's TypeScript (the `mekong` command and grading
// worker threads): each `.ts` file is turned into
// JavaScript by esbuild as it is loaded. Used instead of tsx because tsx always compiles
// with esbuild's keepNames, which wraps every function expression in a `__name()` call: it
// made sandboxed simulator runs about twice as slow (see the closing notes of issue #2).
// Results are cached on disk by content, so a command starts fast from its second run.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// esbuild itself is loaded only to compile (about 70 ms of CPU): a cached file needs only
// its version, for the cache key.
const { version } = createRequire(import.meta.url)('esbuild/package.json');
const TARGET = `node${process.versions.node}`;
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/mekong-ts/', import.meta.url));

/**
 * @param {string} url
 * @param {{ format?: string | null }} context
 * @param {(url: string, context: object) => Promise<{ format?: string | null; source?: unknown }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, 'utf8');
  return { format: 'module', source: await compiled(path, source), shortCircuit: true };
}

/**
 * JavaScript for one TypeScript file, from the cache when the same text was seen before.
 * @param {string} path
 * @param {string} source
 */
async function compiled(path, source) {
  const key = createHash('sha256')
    .update(`${version}\0${TARGET}\0${path}\0${source}`)
    .digest('hex');
  const cached = `${CACHE_DIR}${key}.js`;
  try {
    return await readFile(cached, 'utf8');
  } catch {
    // Not cached yet (or the cache is not readable): compile.
  }
  const { transform } = await import('esbuild');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: TARGET,
    sourcemap: 'inline',
    sourcefile: path,
  });
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    // Write then rename, so a process reading at the same time never sees half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, cached);
  } catch {
    // A read-only folder only costs the next start its compile time.
  }
  return code;
}
