import { expect, test } from 'vitest';
import { createProgram } from '../../robot/program/index.ts';
import type { ProgramStep } from '../../robot/program/types.ts';
import { fakeHost, sharedQuickJS } from './helpers.ts';

/**
 * Runner overhead per robot call = (a program making N robot calls) − (the same program
 * awaiting N VM-local promises instead), best of several rounds. Prints the numbers; the
 * assertions are loose behavioural bounds (this machine is shared and noisy).
 */
test('per-call overhead and setup time', async () => {
  const quickjs = await sharedQuickJS();
  const calls = 3000;
  const robotLoop = `for (let i = 0; i < ${calls / 3}; i++) {
  await robot.forward(1);
  const d = await robot.distance();
  const l = await robot.line();
}`;
  const vmLoop = `const f = (x) => Promise.resolve(x);
for (let i = 0; i < ${calls / 3}; i++) {
  await f(1);
  const d = await f(42);
  const l = await f({ left: true, right: false });
}`;
  const answer = (step: ProgramStep & { kind: 'call' }) => ({
    ok: true as const,
    value:
      step.method === 'distance'
        ? 42
        : step.method === 'line'
          ? { left: true, right: false }
          : undefined,
  });
  const time = (source: string, counts: { calls: number }) => {
    const started = performance.now();
    const run = createProgram({
      quickjs,
      source,
      language: 'js',
      host: fakeHost(),
      now: () => performance.now(),
    });
    let step = run.start();
    while (step.kind === 'call') {
      counts.calls++;
      step = run.resume(answer(step));
    }
    run.dispose();
    expect(step).toEqual({ kind: 'done' });
    return performance.now() - started;
  };
  const best = { setup: Infinity, robot: Infinity, vm: Infinity };
  for (let round = 0; round < 15; round++) {
    const counts = { calls: 0 };
    best.setup = Math.min(best.setup, time('', counts));
    best.robot = Math.min(best.robot, time(robotLoop, counts));
    best.vm = Math.min(best.vm, time(vmLoop, counts));
    expect(counts.calls).toBe(calls);
  }
  const perCallUs = ((best.robot - best.vm) * 1000) / calls;
  console.log(
    `setup (runtime + context + prelude + compile + dispose of an empty program): ${best.setup.toFixed(2)} ms; ` +
      `${calls} robot calls: ${best.robot.toFixed(1)} ms, same awaits without the robot: ${best.vm.toFixed(1)} ms; ` +
      `runner overhead ${perCallUs.toFixed(1)} µs per call`,
  );
  expect(best.setup).toBeLessThan(50);
  expect(perCallUs).toBeLessThan(100);
});
