#!/usr/bin/env node
// The `mekong` command. Verbs are TypeScript, loaded through tsx only when one runs, so
// `mekong --help` starts fast and a fresh `npm ci` (no build step) is enough.
import { main } from './main.js';

let ready;
const prepareTs = () => {
  ready ??= import('tsx/esm/api').then(({ register }) => {
    register();
  });
  return ready;
};

process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr },
  prepareTs,
);
