/// <reference lib="webworker" />
// The simulation worker: QuickJS, the world and the student's program live here, so a
// busy program never freezes the page. It runs the very SimSession that `mekong run --sim`
// and the grader run in Node. What a first frame needs (the world, the kits) is in this
// file's chunk; the sandbox that runs programs (sandbox.ts: QuickJS's WASM, the TypeScript
// compiler) loads when the page asks ('prepare', after its first frame) or at the first run.
import checked from 'virtual:mekong-builtins';
import { IdleWorld } from './idle-world.ts';
import type { FromWorker, Speed, ToWorker } from './protocol.ts';
import type { Sandbox } from './sandbox.ts';
import type { Builtins } from './world-setup.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const now = () => performance.now();

/** The world on screen until the sandbox takes over. */
let idle: IdleWorld | undefined;
let sandbox: Sandbox | undefined;
let loading: Promise<Sandbox> | undefined;
let speed: Speed = 1;
// Messages are handled one at a time, in order, even while the sandbox is still loading.
let queue: Promise<void> = Promise.resolve();

/**
 * The builtin worlds and kits as the build checked them (vite.config.ts): the world on
 * screen before the sandbox comes needs no schema, so zod comes with the sandbox.
 */
const builtins: Builtins = {
  world: (id) => (Object.hasOwn(checked.worlds, id) ? checked.worlds[id] : undefined),
  worldIds: () => Object.keys(checked.worlds),
  kit: (id) => {
    const kit = Object.hasOwn(checked.kits, id) ? checked.kits[id] : undefined;
    if (!kit) throw new Error(`no kit "${id}" (choices: ${Object.keys(checked.kits).join(', ')})`);
    return kit;
  },
};

post({
  type: 'catalog',
  worlds: builtins.worldIds().map((id) => ({ id, name: builtins.world(id)?.name ?? id })),
  kits: Object.values(checked.kits).map((kit) => ({ id: kit.id, name: kit.name })),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch(fail);
};

function fail(error: unknown): void {
  post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
}

/**
 * Loads the sandbox and QuickJS; once both are there, the sandbox takes over the world on
 * screen in message order and starts the run that was waiting, if any.
 */
function loadSandbox(): Promise<Sandbox> {
  if (loading) return loading;
  const started = import('./sandbox.ts').then(async (module) => {
    const loaded = new module.Sandbox(post, now, builtins);
    await loaded.ready();
    queue = queue.then(() => takeOver(loaded)).catch(fail);
    return loaded;
  });
  loading = started;
  started.catch((error: unknown) => {
    // Offline before the app was ever cached whole: say so, and try again at the next run.
    loading = undefined;
    idle?.drop();
    fail(error);
  });
  return started;
}

async function takeOver(loaded: Sandbox): Promise<void> {
  sandbox = loaded;
  post({ type: 'sandbox-ready' });
  const waiting = idle;
  idle = undefined;
  if (!waiting) return;
  loaded.adopt(waiting.start, waiting.speed);
  if (waiting.pending) await loaded.handle(waiting.pending);
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'speed') speed = message.speed;
  if (sandbox) return sandbox.handle(message);
  switch (message.type) {
    case 'prepare':
      void loadSandbox().catch(() => undefined);
      return;
    case 'load':
      // The world shows at once; the sandbox is needed only when a program runs.
      idle = new IdleWorld(message.setup, speed, builtins);
      post({ type: 'world', spec: idle.start.spec, kits: idle.start.kits });
      return;
    case 'tick': {
      if (!idle) return;
      const started = now();
      const frame = idle.frame();
      post({ type: 'frame', ...frame, stepMs: now() - started });
      return;
    }
    case 'robot-run':
    case 'robot-reply':
    case 'robot-lost':
    case 'robot-stop':
      // A program on the connected robot needs the sandbox, not the idle world.
      return (await loadSandbox()).handle(message);
    case 'headless': {
      // The page waits for this answer, not for frames: it may hold the queue.
      let loaded: Sandbox;
      try {
        loaded = await loadSandbox();
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        post({ type: 'headless-error', id: message.id, error: { message: text } });
        return;
      }
      return loaded.handle(message);
    }
    default:
      idle?.handle(message);
      if (message.type === 'run' || message.type === 'check')
        void loadSandbox().catch(() => undefined);
      return;
  }
}
