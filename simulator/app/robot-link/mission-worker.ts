/// <reference lib="webworker" />
// "Check my mission" on the emulated robot: the very code of `mekong run --lesson --emulate`
// (lessons/run-lesson-emulated.ts) in a worker of its own, loaded only when a check starts.
// Our firmware's hex runs in avr8js as fast as it can, wired to the lesson's world; the
// student's program drives it through johnny-five and HardwareRobot in this thread, one run
// per world of the lesson; the grade is the one `mekong grade` gives. Stop ends the worker.
import './node-globals.ts';
import '../no-eval.ts';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import { emulatedCheckSeeds, gradeEmulated } from '../../../lessons/run-lesson-emulated.ts';
import { isMekongError } from '../../../robot/errors.ts';
import { getKit } from '../../../robot/kits/index.ts';
import { runWithRobot } from '../../../robot/program/run-with-robot.ts';
import { errorInfo } from '../sim/live-run.ts';
import type { FromMission, ToMission } from './mission-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromMission) => scope.postMessage(message);
const now = () => performance.now();

/** Wall ms between two progress messages. */
const PROGRESS_EVERY_MS = 100;

// The emulator's pacer yields with setImmediate, as in Node: here a turn of the event loop
// through a MessageChannel (setTimeout would wait 4 ms each time).
const globals = globalThis as unknown as {
  setImmediate?: (callback: () => void) => number;
  clearImmediate?: (id: number) => void;
};
if (!globals.setImmediate) {
  const waiting = new Map<number, () => void>();
  const channel = new MessageChannel();
  let next = 0;
  channel.port1.onmessage = (event: MessageEvent<number>) => {
    const callback = waiting.get(event.data);
    waiting.delete(event.data);
    callback?.();
  };
  globals.setImmediate = (callback) => {
    next += 1;
    waiting.set(next, callback);
    channel.port2.postMessage(next);
    return next;
  };
  globals.clearImmediate = (id) => {
    waiting.delete(id);
  };
}

scope.onmessage = (event: MessageEvent<ToMission>) => {
  void check(event.data).catch((error: unknown) => {
    post({
      type: 'failed',
      error: isMekongError(error) ? errorInfo(error) : null,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};

async function check({ lesson, kitId, program }: ToMission): Promise<void> {
  const seeds = emulatedCheckSeeds(lesson);
  const quickjs = await newQuickJSWASMModuleFromVariant(variant);
  const kit = getKit(kitId);
  let current = 0;
  const grade = await gradeEmulated({
    lesson,
    kit,
    ...program,
    program: program.fileName,
    seeds,
    quickjs,
    now,
    onRun: (run) => {
      current = run;
      post({ type: 'progress', run, total: seeds.length, timeMs: 0 });
    },
    runProgram: (options, emulator) => {
      const startMs = emulator.world.time;
      let shown = now();
      const off = emulator.pacer.onSlice(() => {
        if (now() - shown < PROGRESS_EVERY_MS) return;
        shown = now();
        const timeMs = emulator.world.time - startMs;
        post({ type: 'progress', run: current, total: seeds.length, timeMs });
      });
      return runWithRobot(options).finally(off);
    },
  });
  post({ type: 'done', report: { lesson: lesson.id, kit: kit.id, seeds, grade } });
}
