/**
 * The few Node globals johnny-five, firmata-io and temporal read, for the page and its
 * workers. Imported first by the chunk that loads them (measured: without `hrtime` J5's
 * timers throw, without `nextTick` firmata-io never reads its first reply).
 */
import { Buffer } from 'buffer';

interface NodeishProcess {
  env: Record<string, string | undefined>;
  platform: string;
  versions: Record<string, string>;
  argv: string[];
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
  hrtime(previous?: [number, number]): [number, number];
  on(): void;
}

const scope = globalThis as unknown as {
  process?: NodeishProcess;
  global?: unknown;
  Buffer?: unknown;
};

if (!scope.process?.hrtime) {
  const hrtime = (previous?: [number, number]): [number, number] => {
    const ms = performance.now();
    let seconds = Math.floor(ms / 1000);
    let nanos = Math.round((ms % 1000) * 1e6);
    if (previous) {
      seconds -= previous[0];
      nanos -= previous[1];
      if (nanos < 0) {
        seconds -= 1;
        nanos += 1e9;
      }
    }
    return [seconds, nanos];
  };
  scope.process = {
    env: {},
    platform: 'browser',
    versions: {},
    argv: [],
    nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
    hrtime,
    on: () => undefined,
  };
}
scope.global ??= globalThis;
scope.Buffer ??= Buffer;
