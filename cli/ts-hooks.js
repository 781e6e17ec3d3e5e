// Module hooks that let Node run this project's TypeScript: each `.ts` file is turned into
// JavaScript by esbuild as it is loaded. Used instead of tsx because tsx always compiles
// with esbuild's keepNames, which wraps every function expression in a `__name()` call: it
// made sandboxed simulator runs about twice as slow (see the closing notes of issue #2).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const TARGET = `node${process.versions.node}`;

/**
 * @param {string} url
 * @param {{ format?: string | null }} context
 * @param {(url: string, context: object) => Promise<{ format?: string | null; source?: unknown }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: TARGET,
    sourcemap: 'inline',
    sourcefile: path,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
