import { type CheckContext, poseAt } from './check-context.ts';

/**
 * The graded robot's pose at simulated time `t` (ms): x, y (cm), heading (degrees), between
 * the trace's two samples around `t` (samples are SAMPLE_MS apart). Before the first sample
 * the first, after the last the last.
 */
export function poseAtTime(ctx: CheckContext, t: number): [number, number, number] {
  const samples = ctx.trace.samples;
  if (samples.length === 0) return [0, 0, 0];
  let lo = 0;
  let hi = samples.length - 1;
  const first = samples[lo];
  const last = samples[hi];
  if (!first || !last || t <= first.t) return first ? poseAt(ctx, first) : [0, 0, 0];
  if (t >= last.t) return poseAt(ctx, last);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((samples[mid]?.t ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  const a = samples[lo] as (typeof samples)[number];
  const b = samples[hi] as (typeof samples)[number];
  const f = b.t === a.t ? 0 : (t - a.t) / (b.t - a.t);
  const pa = poseAt(ctx, a);
  const pb = poseAt(ctx, b);
  let dh = (pb[2] - pa[2]) % 360;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  return [pa[0] + (pb[0] - pa[0]) * f, pa[1] + (pb[1] - pa[1]) * f, pa[2] + dh * f];
}

/** The numbers written in a printed line ("Box: 42.5 cm, floor 0.8" → [42.5, 0.8]). */
export function numbersIn(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/** A printed line as a reason quotes it: at most 40 characters. */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
