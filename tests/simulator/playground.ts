import { loadQuickJs } from '../../cli/quickjs-node.ts';
import { builtinWorld, type WorldSpec } from '../../simulator/world/index.ts';
import type { Realism } from '../../simulator/world/realism.ts';
import { type SimEntry, SimSession } from '../../simulator/world/sim-session.ts';

/**
 * A student program that uses sensors, turns, logs, the LED and the buzzer: the world's
 * determinism test and the web app's end-to-end test run the same one.
 */
export const WANDER = `
robot.led('red');
await robot.beep(880, 50);
for (let i = 0; i < 40; i++) {
  const d = await robot.distance();
  if (d < 30) { await robot.turn(75); } else { robot.drive(60, 55); await robot.wait(100); }
  const seen = await robot.line();
  if (seen.left) console.log('line at', robot.time());
}
`;

/** The builtin playground world. */
export const PLAYGROUND = builtinWorld('playground') as WorldSpec;

/** A session of up to 60 simulated s in the playground, run as Node runs it. */
export async function playgroundSession(
  entries: SimEntry[],
  seed: number,
  realism: Realism,
): Promise<SimSession> {
  return new SimSession({
    world: PLAYGROUND,
    entries,
    seed,
    realism,
    maxTimeMs: 60_000,
    quickjs: await loadQuickJs(),
    now: () => performance.now(),
  });
}
