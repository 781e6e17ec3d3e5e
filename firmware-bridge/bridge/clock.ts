/**
 * Time on the hardware path. A real board runs on the wall clock; an emulated board on its
 * emulated clock, so timed moves stay exact even when the emulator falls behind real time.
 */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `callback` once `ms` milliseconds have passed; returns a function that cancels it. */
  setTimer(ms: number, callback: () => void): () => void;
}

/** The wall clock: `now` is injected (performance.now in the CLI); timers are Node's. */
export function wallClock(now: () => number): Clock {
  return {
    now,
    setTimer(ms, callback) {
      const id = setTimeout(callback, Math.max(0, ms));
      return () => clearTimeout(id);
    },
  };
}

/** Resolves after `ms` on `clock`; rejects with `signal`'s reason when it aborts first. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = clock.setTimer(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
