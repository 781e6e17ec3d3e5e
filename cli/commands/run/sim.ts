import { SimSession } from '../../../simulator/world/index.ts';
import { type CliIo, EXIT, loadKit, loadProgram, loadWorld } from '../../io.ts';
import { loadQuickJs } from '../../quickjs-node.ts';
import { printRunSummary, type RunJson } from '../../shared/run-report.ts';
import type { RunOptions } from '../../verbs.ts';

/** `mekong run <program> [--sim]`: runs a program in the headless simulator. */
export async function runSimCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const [program, kit, world, quickjs] = await Promise.all([
    loadProgram(programFile),
    loadKit(options.kit),
    loadWorld(options.world),
    loadQuickJs(),
  ]);
  const started = now();
  const session = new SimSession({
    world,
    entries: [{ kit, ...program }],
    seed: options.seed,
    realism: options.realism ?? 'ideal',
    maxTimeMs: Math.round(options.maxTime * 1000),
    quickjs,
    now,
  });
  session.runToEnd();
  const wallMs = now() - started;
  const outcome = session.outcomes[0];
  const body = session.bodies[0];
  if (!outcome || !body) throw new Error('session lost its robot');
  const events = session.world.trace.events;
  const result: RunJson = {
    ok: outcome.ok,
    simTimeMs: session.world.time,
    wallMs: Math.round(wallMs * 100) / 100,
    pose: { x: body.x, y: body.y, headingDeg: body.headingDeg },
    collisions: events.filter((e) => e.type === 'collision').length,
    output: outcome.output,
    error: outcome.error ? outcome.error.toJSON(options.lang) : null,
    traceHash: session.traceHash(),
    stoppedBy: outcome.stoppedBy,
  };
  session.dispose();
  if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    for (const line of result.output) io.stdout.write(`${line}\n`);
    printRunSummary(result, events, options.lang, io, outcome.error, true);
  }
  return result.ok ? EXIT.ok : EXIT.programFailed;
}
