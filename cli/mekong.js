#!/usr/bin/env node
// The `mekong` command. Verbs are TypeScript, loaded through our module hooks only when one
// runs, so `mekong --help` starts fast and a fresh `npm ci` (no build step) is enough.
import { main } from './main.js';

const prepareTs = async () => {
  const { registerTypeScript } = await import('./ts-loader.js');
  registerTypeScript();
};

process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr },
  prepareTs,
);
