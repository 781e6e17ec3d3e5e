import { describe, expect, test } from 'vitest';
import { vmDirect } from '../../../robot/program/vm-direct.ts';
import { sharedQuickJS } from './helpers.ts';

/**
 * The runner's two hot calls go straight through QuickJS's FFI (vm-direct.ts). They must
 * be in use with the QuickJS this project pins, and say the same as the public API.
 */
describe('direct QuickJS calls', () => {
  test('are available with the pinned quickjs-emscripten', async () => {
    const runtime = (await sharedQuickJS()).newRuntime();
    const context = runtime.newContext();
    const direct = vmDirect(runtime, context);
    expect(direct.direct).toBe(true);
    direct.dispose();
    context.dispose();
    runtime.dispose();
  });

  test('read numbers and run jobs like the public API', async () => {
    const quickjs = await sharedQuickJS();
    for (const useDirect of [true, false]) {
      const runtime = quickjs.newRuntime();
      const context = runtime.newContext();
      // Hide the FFI from vmDirect to get the public-API fallback.
      const hidden = new Proxy(runtime, {
        get(target, key) {
          if (key === 'ffi') return undefined;
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const calls = vmDirect(useDirect ? runtime : hidden, context);
      expect(calls.direct).toBe(useDirect);
      const box = context.unwrapResult(
        context.evalCode(`({ 0: 42.5, 1: undefined, get 2() { return this[0] * 2; } })`),
      );
      expect([
        calls.readNumber(box, 0),
        calls.readNumber(box, 1),
        calls.readNumber(box, 2),
      ]).toEqual([42.5, Number.NaN, 85]);
      // Jobs run to quiescence.
      context
        .unwrapResult(
          context.evalCode(
            'globalThis.n = 0; Promise.resolve().then(() => { n++; return 1; }).then(() => n++);',
          ),
        )
        .dispose();
      expect(calls.runJobs()).toBeUndefined();
      expect(context.getNumber(context.getProp(context.global, 'n'))).toBe(2);
      expect(calls.runJobs()).toBeUndefined(); // nothing pending
      // An interrupt inside a promise job rejects that job's promise; running the jobs
      // itself succeeds (the runner learns of the interrupt from its own handler).
      let polls = 0;
      runtime.setInterruptHandler(() => ++polls > 100);
      context
        .unwrapResult(
          context.evalCode(
            'globalThis.seen = ""; Promise.resolve().then(() => { for (;;) {} }).catch((e) => { seen = e.message; });',
          ),
        )
        .dispose();
      expect(calls.runJobs()).toBeUndefined();
      expect(polls).toBeGreaterThan(100);
      expect(context.getString(context.getProp(context.global, 'seen'))).toBe('interrupted');
      runtime.removeInterruptHandler();
      box.dispose();
      calls.dispose();
      context.dispose();
      runtime.dispose();
    }
  });
});
