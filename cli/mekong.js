#!/usr/bin/env node
// The `mekong` command. Verbs are TypeScript, loaded through our module hooks only when one
// runs, so `mekong --help` starts fast and a fresh `npm ci` (no build step) is enough.
import { main } from './main.js';

// `mekong kits | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE')
      process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const prepareTs = async () => {
  const { registerTypeScript } = await import('./runtime/ts-loader.js');
  registerTypeScript();
};

process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr },
  prepareTs,
);
