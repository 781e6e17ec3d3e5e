/// <reference lib="webworker" />
// Plays a replay's match again in the browser, with the very code `mekong replay verify`
// runs in Node, and answers with the verdict (the trace hashes when it verifies).
import '../no-eval.ts';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import { playMatch } from '../../../lessons/competitions/match.ts';
import { parseReplay, replaySources, verifyReplay } from '../../../lessons/competitions/replay.ts';
import { isMekongError } from '../../../robot/errors.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ name: string; raw: unknown }>) => {
  const { name, raw } = event.data;
  try {
    const replay = parseReplay(raw, name);
    const quickjs = await newQuickJSWASMModuleFromVariant(variant);
    const now = () => performance.now();
    const verdict = await verifyReplay(replay, raw, replaySources(replay), async (job) =>
      playMatch(job, { quickjs, now }),
    );
    scope.postMessage({ verdict });
  } catch (error) {
    const message = isMekongError(error)
      ? error.text('en').message
      : error instanceof Error
        ? error.message
        : String(error);
    scope.postMessage({ error: message });
  }
};
