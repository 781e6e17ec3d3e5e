import { parentPort } from 'node:worker_threads';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type MatchJob, type MatchOutcome, playMatch } from '../../lessons/competitions/match.ts';
import { DEFAULT_KIT_ID } from '../../robot/kits/default-kit.ts';
import { getKit } from '../../robot/kits/index.ts';
import { SliceBeacon } from '../../robot/program/hard-stop.ts';
import { loadQuickJS } from '../../robot/program/load-quickjs.ts';
import { DEFAULT_WORLD_ID } from '../../simulator/world/default-world.ts';
import { builtinWorld } from '../../simulator/world/load-world.ts';
import { SimSession } from '../../simulator/world/sim-session.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';

/**
 * Messages between the match pool and a worker (structured-cloned plain data). The first
 * message is `setup` with the hard stop's buffer, answered with `ready`; then one `match`
 * at a time, each answered with `played`.
 */
export type ToMatchWorker =
  | { type: 'setup'; beacon: SharedArrayBuffer }
  | { type: 'match'; index: number; job: MatchJob };
export type FromMatchWorker =
  | { type: 'ready' }
  | { type: 'played'; index: number; outcome: MatchOutcome };

/** A failure that leaves the QuickJS module unusable (see robot/program/types.ts). */
function damaged(outcome: MatchOutcome): boolean {
  return outcome.rounds.some((r) =>
    r.result.kind === 'sumo'
      ? r.result.errors.some((e) => e?.code === 'TOO_DEEP')
      : r.result.error?.code === 'TOO_DEEP',
  );
}

/**
 * A small match played once, unwatched, before the first real one: a fresh QuickJS module
 * grows its memory and compiles its paths on the first programs it runs (tens of ms on an
 * idle machine, measured 25-67 ms per first slice), time a busy machine can stretch past
 * the hard stop's bound. Warmed up, a first slice takes well under a millisecond.
 */
function warmUp(quickjs: QuickJSWASMModule): void {
  const source = `for (let i = 0; i < 20; i++) {
  const d: number = await robot.distance();
  robot.drive(d > 50 ? 60 : -60, 60);
  console.log((await robot.lineRaw()).left);
}`;
  const kit = getKit(DEFAULT_KIT_ID);
  const session = new SimSession({
    world: builtinWorld(DEFAULT_WORLD_ID) as WorldSpec,
    entries: [
      { kit, source, language: 'ts' },
      { kit, source, language: 'ts', pose: { x: 60, y: 60, headingDeg: 0 } },
    ],
    seed: 1,
    realism: 'classroom',
    maxTimeMs: 5000,
    quickjs,
    now: () => performance.now(),
  });
  session.runToEnd();
  session.dispose();
}

const port = parentPort;
if (port) {
  let quickjs: QuickJSWASMModule = await loadQuickJS();
  warmUp(quickjs);
  let beacon: SliceBeacon | undefined;
  const handle = async (message: ToMatchWorker) => {
    if (message.type === 'setup') {
      beacon = new SliceBeacon(message.beacon);
      port.postMessage({ type: 'ready' } satisfies FromMatchWorker);
      return;
    }
    const outcome = playMatch(message.job, {
      quickjs,
      now: () => performance.now(),
      ...(beacon ? { beacon } : {}),
    });
    if (damaged(outcome)) {
      quickjs = await loadQuickJS();
      warmUp(quickjs);
    }
    port.postMessage({ type: 'played', index: message.index, outcome } satisfies FromMatchWorker);
  };
  // One match at a time, in order, even while a damaged QuickJS is being replaced.
  let queue = Promise.resolve();
  port.on('message', (message: ToMatchWorker) => {
    queue = queue.then(() => handle(message));
  });
}
