import type { CheckContext } from '../../lessons/checks/check-context.ts';
import { type CheckInput, checkSchema } from '../../lessons/checks/check-schema.ts';
import { getKit } from '../../robot/index.ts';
import { parseWorld } from '../../simulator/world/load-world.ts';
import type { Trace, TraceEvent } from '../../simulator/world/trace.ts';
import type { WorldInput } from '../../simulator/world/world-schema.ts';

/** A pose sample: t (ms), x, y (cm), heading (deg), and movable objects' positions. */
export type Sample = [t: number, x: number, y: number, h: number, objects?: [number, number][]];

/** A trace event without its robot number (every event of these traces is robot 0's). */
export type EventInput = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'robot'>
    : never
  : never;

/** Makes a trace by hand: pose samples of robot 0 and its events. */
export function trace(samples: Sample[], events: EventInput[] = []): Trace {
  return {
    samples: samples.map(([t, x, y, h, objects]) => ({
      t,
      robots: [[x, y, h]],
      objects: objects ?? [],
    })),
    events: events.map((e) => ({ ...e, robot: 0 }) as TraceEvent),
  };
}

/** Samples every 50 ms along a straight drive from (x0, y0) to (x1, y1). */
export function drive(
  from: [number, number],
  to: [number, number],
  ms: number,
  startMs = 0,
): Sample[] {
  const h = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
  const out: Sample[] = [];
  for (let t = 0; t <= ms; t += 50) {
    const f = t / ms;
    out.push([startMs + t, from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f, h]);
  }
  return out;
}

/** A world with one straight line on the floor, from `[x, y]` to `[x, y]`, `width` cm wide. */
export function straightLine(
  from: [number, number],
  to: [number, number],
  width: number,
): Partial<WorldInput> {
  return {
    lines: [
      {
        points: [
          { x: from[0], y: from[1] },
          { x: to[0], y: to[1] },
        ],
        width,
      },
    ],
  };
}

/** The context a check reads, for a hand-made trace. */
export function context(
  t: Trace,
  world: Partial<WorldInput> = {},
  options: { kit?: string; end?: CheckContext['end']; timeLimitMs?: number } = {},
): CheckContext {
  const spec = parseWorld({ size: { width: 300, height: 200 }, ...world }, 'test-world.json');
  return {
    trace: t,
    world: spec,
    kit: getKit(options.kit ?? 'l298n-2wd'),
    robot: 0,
    timeLimitMs: options.timeLimitMs ?? 60_000,
    end: options.end === undefined ? { reason: 'done', t: t.samples.at(-1)?.t ?? 0 } : options.end,
  };
}

/** A check from its JSON, with defaults applied. */
export function check(input: CheckInput) {
  return checkSchema.parse(input);
}
