import { describe, expect, it } from 'vitest';
import {
  BEACON_BYTES,
  hardStopError,
  SliceBeacon,
  SliceWatch,
  watchedClock,
  watchedRun,
} from '../../../robot/program/hard-stop.ts';
import type { ProgramRun, ProgramStep } from '../../../robot/program/types.ts';

/** A beacon and its watch on one buffer, with a clock the test moves. */
function pair() {
  const buffer = new SharedArrayBuffer(BEACON_BYTES);
  const clock = { ms: 0 };
  const watch = new SliceWatch(buffer, { sliceMs: 500, graceMs: 1000 }, () => clock.ms);
  return { beacon: new SliceBeacon(buffer), watch, clock };
}

describe('SliceWatch', () => {
  it('stops a slice once it has run sliceMs + graceMs on the host clock, not before', () => {
    const { beacon, watch, clock } = pair();
    beacon.tag = 3;
    beacon.place(1200, 10, 20, 90);
    beacon.enter();
    clock.ms = 100;
    expect(watch.check()).toBeUndefined(); // first seen now
    clock.ms = 1600;
    expect(watch.check()).toBeUndefined(); // exactly at the bound
    clock.ms = 1601;
    expect(watch.check()).toMatchObject({
      ranMs: 1501,
      polling: false,
      tag: 3,
      place: { simTimeMs: 1200, x: 10, y: 20, headingDeg: 90 },
    });
  });

  it('never stops a program that yields, however long it runs in total', () => {
    const { beacon, watch, clock } = pair();
    for (let i = 0; i < 100; i++) {
      beacon.enter();
      clock.ms += 400;
      expect(watch.check()).toBeUndefined();
      beacon.leave();
      clock.ms += 5000; // the world steps for a long time: not the program's slice
      expect(watch.check()).toBeUndefined();
    }
  });

  it('times from restart(): compiling and building the VM do not count', () => {
    const { beacon, watch, clock } = pair();
    beacon.enter();
    watch.check();
    clock.ms = 1400; // a cold start
    beacon.restart();
    expect(watch.check()).toBeUndefined();
    clock.ms = 2900;
    expect(watch.check()).toBeUndefined();
    clock.ms = 3000;
    expect(watch.check()?.ranMs).toBe(1600);
  });

  it('tells a loop that keeps polling (and would not stop) from one native operation', () => {
    const { beacon, watch, clock } = pair();
    const now = watchedClock(() => clock.ms, beacon);
    beacon.enter();
    watch.check();
    clock.ms = 600;
    watch.check(); // over the budget: polls counted from here
    now();
    clock.ms = 1700;
    const stop = watch.check();
    expect(stop?.polling).toBe(true);
    expect(hardStopError(stop as NonNullable<typeof stop>, 500)).toMatchObject({
      code: 'WOULD_NOT_STOP',
      params: { seconds: 1.7, limitMs: 500 },
    });
    expect(hardStopError({ ranMs: 183_000, polling: false }, 500).message).toContain(
      'ran for 183 s without waiting for the robot (the limit is 500 ms',
    );
  });

  it('ends a run that outlasts runMs + graceMs from its first slice, even between slices', () => {
    const buffer = new SharedArrayBuffer(BEACON_BYTES);
    const clock = { ms: 0 };
    const limits = { sliceMs: 500, graceMs: 1000, runMs: 10_000 };
    const watch = new SliceWatch(buffer, limits, () => clock.ms);
    const beacon = new SliceBeacon(buffer);
    clock.ms = 5000; // the thread still loads: not the run's time
    expect(watch.check()).toBeUndefined();
    for (let t = 5000; t <= 16_000; t += 100) {
      clock.ms = t;
      beacon.enter();
      expect(watch.check()).toBeUndefined();
      beacon.leave();
    }
    clock.ms = 16_001;
    const stop = watch.check();
    expect(stop).toMatchObject({ ranMs: 11_001, runMs: 10_000 });
    expect(hardStopError(stop as NonNullable<typeof stop>, 500)).toMatchObject({
      code: 'RUN_TOO_LONG',
      params: { seconds: 11, limitS: 10 },
    });
  });

  it('watchedRun marks start and resume as slices, also when they throw', () => {
    const buffer = new SharedArrayBuffer(BEACON_BYTES);
    const seq = new Int32Array(buffer, 0, 1);
    const beacon = new SliceBeacon(buffer);
    const inside: number[] = [];
    const step: ProgramStep = { kind: 'done' };
    const run: ProgramRun = {
      start: () => {
        inside.push(seq[0] as number);
        return step;
      },
      resume: () => {
        throw new Error('host bug');
      },
      dispose: () => {},
    };
    const watched = watchedRun(run, beacon);
    watched.start();
    expect(() => watched.resume({ ok: true, value: 1 })).toThrow('host bug');
    expect(inside).toEqual([1]);
    expect(seq[0]).toBe(4);
  });
});
