// biome-ignore-all lint/style/useTemplate: QuickJS runs a template literal as a call to
// String.prototype.concat, which the student's code may replace.
import type { CallQueue } from './call-queue.ts';
import type { Formatter } from './console-format.ts';
import type { Errors } from './errors.ts';
import type { Intrinsics } from './intrinsics.ts';
import type { PreludeConstants } from './layout.ts';
import type { HostSync } from './sync-calls.ts';

/** Sends one console line at a level index; returns whether more lines are welcome. */
export type HostLog = (level: number, line: string) => boolean;

/**
 * VM side (see index.ts): the globals a program sees. `robot` and `console` are frozen;
 * a browser's or Node's globals throw NOT_ALLOWED naming themselves; with a seed,
 * Math.random and Date are deterministic.
 */
export function installGlobals(
  intrinsics: Intrinsics,
  constants: PreludeConstants,
  parts: { queue: CallQueue; errors: Errors; formatter: Formatter; syncMethods: HostSync },
  hostLog: HostLog,
  seed: number | undefined,
): void {
  const { global: G, defineProperty, freeze, hasOwn, apply, slice, imul } = intrinsics;
  const { Math: M, Date: RealDate, construct, String: S, create } = intrinsics;
  const { queue, errors, formatter, syncMethods } = parts;
  const MAX_LINE = constants.maxLineChars;
  const fixed = (value: unknown, enumerable: boolean) => ({
    __proto__: null,
    value,
    writable: false,
    enumerable,
    configurable: false,
  });
  const loose = (value: unknown, enumerable: boolean) => ({
    __proto__: null,
    value,
    writable: true,
    enumerable,
    configurable: true,
  });

  // --- random numbers: deterministic when the host gives a seed (mulberry32) ---
  if (typeof seed === 'number') {
    let state = seed >>> 0;
    const random = {
      random() {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = imul(t ^ (t >>> 15), t | 1);
        t ^= t + imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      },
    }.random;
    defineProperty(M, 'random', loose(random, false));
    // The host clock would make runs differ: "now" is robot time (ms since the start).
    const robotNow = syncMethods.time as () => number;
    const SimDate = function (this: unknown, ...args: unknown[]) {
      if (new.target === undefined) return S(new RealDate(robotNow()));
      return args.length === 0 ? new RealDate(robotNow()) : construct(RealDate, args, new.target);
    } as unknown as DateConstructor;
    // Named here, not by a function name a minifier may rename.
    defineProperty(SimDate, 'name', { __proto__: null, value: 'Date', configurable: true });
    defineProperty(SimDate, 'prototype', { __proto__: null, value: RealDate.prototype });
    defineProperty(SimDate, 'now', loose({ now: () => robotNow() }.now, true));
    defineProperty(SimDate, 'UTC', loose(RealDate.UTC, true));
    defineProperty(SimDate, 'parse', loose(RealDate.parse, true));
    defineProperty(RealDate.prototype, 'constructor', loose(SimDate, false));
    defineProperty(G, 'Date', loose(SimDate, false));
  }

  // --- the robot ---
  const asyncMethods = create<Record<string, (...args: unknown[]) => Promise<unknown>>>(null);
  const asyncNames = constants.asyncMethods;
  const { enqueue } = queue;
  for (let i = 0; i < asyncNames.length; i++) {
    const name = asyncNames[i] as string;
    // A computed method key names the function after the method.
    asyncMethods[name] = {
      [name](...args: unknown[]) {
        return enqueue(i, args);
      },
    }[name] as (...args: unknown[]) => Promise<unknown>;
  }
  const robot = {};
  const names = constants.robotMethods;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const method = hasOwn(asyncMethods, name) ? asyncMethods[name] : syncMethods[name];
    defineProperty(robot, name, fixed(freeze(method), true));
  }
  defineProperty(G, 'robot', fixed(freeze(robot), false));

  // --- the console: lines formatted here, one host call each ---
  const { formatSafe } = formatter;
  let open = true;
  function logger(level: number) {
    return (...args: unknown[]) => {
      if (!open) return;
      let line = '';
      for (let i = 0; i < args.length && line.length <= MAX_LINE; i++) {
        line += (i === 0 ? '' : ' ') + formatSafe(args[i], 0);
      }
      if (line.length > MAX_LINE) line = apply(slice, line, [0, MAX_LINE]) + '…';
      open = hostLog(level, formatter.noNul(line));
    };
  }
  const console: Record<string, unknown> = {};
  const levels = constants.consoleLevels;
  for (let i = 0; i < levels.length; i++) {
    defineProperty(console, levels[i] as string, fixed(freeze(logger(i)), true));
  }
  defineProperty(console, 'debug', fixed(console.log, true));
  defineProperty(G, 'console', fixed(freeze(console), false));

  // --- what a browser or Node would have ---
  const forbidden = constants.forbiddenGlobals;
  for (let i = 0; i < forbidden.length; i++) {
    const feature = forbidden[i] as string;
    const get = () => {
      throw errors.forbiddenError(feature);
    };
    defineProperty(G, feature, {
      __proto__: null,
      get,
      set: undefined,
      enumerable: false,
      configurable: false,
    });
  }
}
