#!/usr/bin/env node
// The `mekong` command. Everything else is TypeScript, run through our module hooks (a fresh
// `npm ci`, no build step, is enough); verbs load only when one runs, so `mekong --help`
// loads the verbs' data and commander only.
import { registerTypeScript } from './runtime/ts-loader.js';

const argv = process.argv.slice(2);
const io = { stdout: process.stdout, stderr: process.stderr };

// `mekong kits | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE')
      process.exit(process.exitCode ?? 0);
    throw error;
  });
}

registerTypeScript();
/** @type {typeof import('./main.ts')} */
let cli;
try {
  cli = await import('./main.ts');
} catch (error) {
  // The CLI itself could not load (a broken install): no texts either. Still no stack trace.
  const message = `mekong could not start: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  const suggestion = 'Run "npm ci" in the Mekong folder, then try again.';
  if (argv.includes('--json'))
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: { code: 'UNEXPECTED', message, suggestion } })}\n`,
    );
  else process.stderr.write(`error [UNEXPECTED]: ${message}\n  → ${suggestion}\n`);
  process.exit(70);
}
const run = new cli.CliRun(argv, io);
// An error no verb caught (a library's 'error' event, a rejected promise nobody awaited)
// ends the run the same way as one a verb threw: worded, never a stack trace.
const crashed = (/** @type {unknown} */ error) => process.exit(run.crashed(error));
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);
process.exitCode = await run.run();
