/// <reference lib="webworker" />
// The simulation worker: QuickJS, the world and the student's program live here, so a
// busy program never freezes the page. It runs the very SimSession that `mekong run --sim`
// and the grader run in Node.
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { damagesQuickJs } from '../../../lessons/grade.ts';
import { builtinKits, isMekongError } from '../../../robot/index.ts';
import { builtinWorld, builtinWorldIds } from '../../world/load-world.ts';
import { errorInfo, LiveRun, runHeadless } from './live-run.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const now = () => performance.now();

let quickjsReady: Promise<QuickJSWASMModule> = newQuickJSWASMModuleFromVariant(variant);
let live: LiveRun | undefined;
/** Whether the live run's failure has been looked at (see `renewAfter`). */
let failureSeen = false;

/**
 * A program that overflowed the native stack (TOO_DEEP) leaves QuickJS untrustworthy
 * (robot/program/types.ts): the next run gets a freshly loaded module.
 */
function renewAfter(code: string | undefined): void {
  if (code === 'TOO_DEEP') quickjsReady = newQuickJSWASMModuleFromVariant(variant);
}
// Messages are handled one at a time, in order, even while QuickJS is still loading.
let queue: Promise<void> = Promise.resolve();

post({
  type: 'catalog',
  worlds: builtinWorldIds().map((id) => ({ id, name: builtinWorld(id)?.name ?? id })),
  kits: builtinKits().map((kit) => ({ id: kit.id, name: kit.name })),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch(fail);
};

function fail(error: unknown): void {
  post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'load': {
      // The world shows at once; QuickJS is needed only when a program runs.
      live?.dispose();
      live = new LiveRun(message.setup, now);
      post({ type: 'world', spec: live.spec, kits: live.kits });
      return;
    }
    case 'run':
      failureSeen = false;
      live?.run(message.program, message.stepping, await quickjsReady, message.runId);
      return;
    case 'check':
      failureSeen = false;
      live?.check(message.lesson, message.kit, message.program, await quickjsReady, message.runId);
      return;
    case 'step':
      live?.step();
      return;
    case 'continue':
      live?.continue();
      return;
    case 'stop':
      live?.stop();
      return;
    case 'speed':
      if (live) live.speed = message.speed;
      return;
    case 'tick': {
      if (!live) return;
      const started = now();
      const frame = live.tick(message.now);
      post({ type: 'frame', ...frame, stepMs: now() - started });
      // A check's headless runs may have failed where the page saw no failure.
      if (frame.check && damagesQuickJs(frame.check.grade)) renewAfter('TOO_DEEP');
      else if (frame.status === 'failed' && !failureSeen) renewAfter(frame.error?.code);
      if (frame.status === 'failed') failureSeen = true;
      return;
    }
    case 'headless': {
      const quickjs = await quickjsReady;
      try {
        const result = runHeadless(
          message.setup,
          message.program,
          message.trackLines,
          quickjs,
          now,
        );
        renewAfter(result.error?.code);
        post({ type: 'headless-result', id: message.id, result });
      } catch (error) {
        post({
          type: 'headless-error',
          id: message.id,
          error: isMekongError(error)
            ? errorInfo(error)
            : { message: error instanceof Error ? error.message : String(error) },
        });
      }
      return;
    }
  }
}
